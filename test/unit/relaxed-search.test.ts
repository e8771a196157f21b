import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { relaxedPagefindScript } from '../../src/pages/pagefind-relaxed/pagefind.js.ts';
import { relaxedSearch, relaxPagefind, type PagefindApi } from '../../src/components/search/relaxed-pagefind.ts';

type FakePage = { words: string[]; score: number; kind?: string };

/**
 * A stand-in for Pagefind's search: a term's words (split on spaces) must all be on a page, like Pagefind's
 * AND; `null` is Pagefind's filter-only search; `filters: { 種類: [...] }` keeps pages of those kinds.
 */
function fakeSearch(pages: Record<string, FakePage>, calls: string[]): PagefindApi['search'] {
  return async (term, options) => {
    const kinds = (options?.filters as Record<string, string[]> | undefined)?.['種類'];
    calls.push(kinds ? `${term} [${kinds.join()}]` : String(term));
    const words = (term ?? '').split(/\s+/).filter(Boolean);
    const results = Object.entries(pages)
      .filter(([, page]) => words.every((word) => page.words.includes(word)) && (!kinds || kinds.includes(page.kind ?? '解説')))
      .map(([id, page]) => ({ id, score: page.score }));
    return { results, unfilteredResultCount: results.length, filters: { 種類: { wrong: 0 } } };
  };
}

/** Pagefind's whole documented API over `fakeSearch`, every other call recorded as `name(args)`. */
function fakePagefind(calls: string[]): PagefindApi {
  const record = (name: string) => async (...args: unknown[]) => void calls.push(`${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
  return {
    options: record('options'),
    init: record('init'),
    destroy: record('destroy'),
    mergeIndex: record('mergeIndex'),
    preload: record('preload'),
    filters: async () => ({ 種類: { コマンド: 1, 解説: 5 } }),
    search: fakeSearch(PAGES, calls),
    debouncedSearch: async () => null,
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
    ['drops particles before searching', '証明書 の 期限', ['troubleshooting', 'security', 'kcm'], ['証明書 期限', '証明書', '期限']],
  ])('%s', async (_name, term, ids, calls) => {
    const searched: string[] = [];
    const response = await relaxedSearch({ search: fakeSearch(PAGES, searched) }, term);
    expect(response?.results.map((result) => result.id)).toEqual(ids);
    expect(searched).toEqual(calls);
  });
});

describe('relaxPagefind', () => {
  it('loads Pagefind once, on first use, and passes every other call through', async () => {
    const calls: string[] = [];
    let loads = 0;
    const api = relaxPagefind(async () => (loads++, fakePagefind(calls)));
    await api.destroy();
    expect(loads).toBe(0);
    await api.options({ excerptLength: 12 });
    await api.init();
    await api.mergeIndex('/other/pagefind/', { indexWeight: 2 });
    await api.preload('証明書', { filters: {} });
    expect(await api.filters()).toEqual({ 種類: { コマンド: 1, 解説: 5 } });
    await api.destroy();
    expect(loads).toBe(1);
    expect(calls).toEqual(['options({"excerptLength":12})', 'init()', 'mergeIndex("/other/pagefind/", {"indexWeight":2})', 'preload("証明書", {"filters":{}})', 'destroy()']);
  });

  it('relaxes search and debouncedSearch, which answers null to a call a later one replaced', async () => {
    const calls: string[] = [];
    const api = relaxPagefind(async () => fakePagefind(calls));
    expect((await api.search('証明書 更新 方法'))?.results.map((result) => result.id)).toEqual(['kcm', 'troubleshooting', 'security', 'backup', 'index']);
    const [first, second] = await Promise.all([api.debouncedSearch('証明書', {}, 5), api.debouncedSearch('証明書 更新 方法', {}, 5)]);
    expect(first).toBeNull();
    expect(second?.results.map((result) => result.id)).toEqual(['kcm', 'troubleshooting', 'security', 'backup', 'index']);
  });

  it('keeps the コマンド集 copies out unless 種類: コマンド is chosen, and counts each filter value over the shown results', async () => {
    const calls: string[] = [];
    const pages: Record<string, FakePage> = {
      backup: { words: ['etcd', 'バックアップ'], score: 5 },
      'commands/backup': { words: ['etcd', 'バックアップ'], score: 4, kind: 'コマンド' },
      etcd: { words: ['etcd'], score: 3 },
    };
    const api = relaxPagefind(async () => ({ ...fakePagefind([]), filters: async () => ({ 種類: { コマンド: 1, 解説: 2 } }), search: fakeSearch(pages, calls) }));
    await api.options({ copies: { filter: '種類', value: 'コマンド' }, excerptLength: 12 });
    const all = await api.search('etcd バックアップ');
    expect(all?.results.map((result) => result.id)).toEqual(['backup', 'etcd']);
    // Ticking コマンド shows 1 result, 解説 shows 2: the counts say so (the relaxed word etcd included).
    expect(all?.filters).toEqual({ 種類: { コマンド: 1, 解説: 2 } });
    const commands = await api.search('etcd バックアップ', { filters: { 種類: ['コマンド'] } });
    expect(commands?.results.map((result) => result.id)).toEqual(['commands/backup']);
    // Counts stay those of the whole results: ticking 解説 instead would show 2.
    expect(commands?.filters).toEqual({ 種類: { コマンド: 1, 解説: 2 } });
    // Pagefind's filter values are all required: no page is both.
    expect((await api.search('etcd バックアップ', { filters: { 種類: ['コマンド', '解説'] } }))?.results).toEqual([]);
    // The filter-only searches that learn each value's pages run once.
    expect(calls.filter((call) => call.startsWith('null'))).toEqual(['null [コマンド]', 'null [解説]']);
  });

  it('searches the normalised query: full-width letters, particles, typos', async () => {
    const calls: string[] = [];
    const api = relaxPagefind(async () => fakePagefind(calls));
    await api.search('ｃｏｒｄｎｓ の 証明書');
    expect(calls[0]).toBe('coredns 証明書');
  });

  it('tries the load again after it failed', async () => {
    let loads = 0;
    const api = relaxPagefind(async () => {
      if (++loads === 1) throw new Error('offline');
      return fakePagefind([]);
    });
    await expect(api.init()).rejects.toThrow('offline');
    await api.init();
    expect(loads).toBe(2);
  });
});

describe('/pagefind-relaxed/pagefind.js, the module the search dialog imports', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("is relaxed-pagefind.ts as JavaScript, importing Pagefind's pagefind.js next to it and nothing else", async () => {
    const site = await mkdtemp(join(tmpdir(), 'kube-runbook-relaxed-'));
    dirs.push(site);
    await mkdir(join(site, 'pagefind'));
    await mkdir(join(site, 'pagefind-relaxed'));
    // Pagefind's module as far as the search goes: every page holds 証明書, only one also holds 方法.
    await writeFile(
      join(site, 'pagefind/pagefind.js'),
      [
        "const pages = { a: ['証明書'], b: ['証明書', '方法'], c: ['証明書'] };",
        'export const search = async (term) => {',
        '  const results = Object.entries(pages).filter(([, words]) => (term ?? "").split(" ").filter(Boolean).every((word) => words.includes(word))).map(([id]) => ({ id, score: 1 }));',
        '  return { results, unfilteredResultCount: results.length };',
        '};',
        'export const options = async () => {}, init = async () => {}, destroy = async () => {}, mergeIndex = async () => {};',
        'export const preload = async () => {}, filters = async () => ({}), debouncedSearch = async () => null;',
      ].join('\n'),
    );
    const script = relaxedPagefindScript();
    await writeFile(join(site, 'pagefind-relaxed/pagefind.js'), script);
    const served: PagefindApi = await import(pathToFileURL(join(site, 'pagefind-relaxed/pagefind.js')).href);
    const documented = ['options', 'init', 'destroy', 'mergeIndex', 'search', 'debouncedSearch', 'preload', 'filters'];
    expect(Object.keys(served)).toEqual(expect.arrayContaining(documented));
    expect(documented.filter((name) => typeof served[name as keyof PagefindApi] !== 'function')).toEqual([]);
    expect((await served.search('証明書 更新'))?.results.map((result) => result.id)).toEqual(['a', 'b', 'c']);
    // query.ts is inlined: the full-width query reaches Pagefind as ASCII.
    expect((await served.search('証明書 ｍｅｔｈｏｄ'))?.results.map((result) => result.id)).toEqual(['a', 'b', 'c']);
    expect(script).not.toMatch(/^\s*import\s|:\s*PagefindApi\b/m);
  });
});
