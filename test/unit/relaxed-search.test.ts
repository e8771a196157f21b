import { describe, expect, it } from 'vitest';
import { relaxedPagefindModule, relaxedSearch } from '../../src/components/search/relaxed-search.ts';

/** A stand-in for Pagefind's search: a term's words (split on spaces) must all be on a page, like Pagefind's AND. */
function fakePagefind(pages: Record<string, { words: string[]; score: number }>) {
  const calls: string[] = [];
  return {
    calls,
    async search(term: string) {
      calls.push(term);
      const words = term.split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .filter(([, page]) => words.every((word) => page.words.includes(word)))
        .map(([id, page]) => ({ id, score: page.score }));
      return { results, unfilteredResultCount: results.length };
    },
  };
}

const PAGES = {
  troubleshooting: { words: ['証明書', '更新', '期限'], score: 5 },
  security: { words: ['証明書', '方法'], score: 3 },
  backup: { words: ['更新', '方法'], score: 2 },
  kcm: { words: ['証明書', '更新', '方法'], score: 1 },
  index: { words: ['方法'], score: 9 },
};

describe('relaxedSearch', () => {
  it.each([
    ['keeps a query that finds three pages as it is', '方法', ['security', 'backup', 'kcm', 'index'], ['方法']],
    ['tops up too few results with pages holding most of the words', '証明書 更新 方法', ['kcm', 'troubleshooting', 'security', 'backup', 'index'], ['証明書 更新 方法', '証明書', '更新', '方法']],
    ['leaves a one-word query alone', '期限', ['troubleshooting'], ['期限']],
    ['skips particles as words of their own', '証明書 の 期限', ['troubleshooting', 'security', 'kcm'], ['証明書 の 期限', '証明書', '期限']],
  ])('%s', async (_name, term, ids, calls) => {
    const pagefind = fakePagefind(PAGES);
    const response = await relaxedSearch(pagefind, term);
    expect(response?.results.map((result) => result.id)).toEqual(ids);
    expect(pagefind.calls).toEqual(calls);
  });

  it('serves a module that re-exports Pagefind with the relaxed search', () => {
    const source = relaxedPagefindModule();
    expect(source).toContain("import * as pagefind from '../pagefind/pagefind.js';");
    expect(source).toContain('export const search = (term, options) => relaxedSearch(pagefind, term, options);');
    expect(source).not.toMatch(/\b__name\b|\bimport\(/);
  });
});
