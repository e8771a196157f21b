import type { HeadConfig } from './filters.ts';

/**
 * Search aliases per page id, indexed by Pagefind as the `keywords` metadata field. They hold the
 * words an operator types during an incident that the page's prose does not: katakana for English
 * names, symptoms phrased another way. Filled in by measuring (test/browser/search.test.ts).
 */
export const SEARCH_KEYWORDS: Record<string, readonly string[]> = {};

/** The keywords meta tag of a page, or nothing when it has no aliases. */
export function keywordsHead(pageId: string): HeadConfig {
  const words = SEARCH_KEYWORDS[pageId];
  if (!words || words.length === 0) return [];
  return [{ tag: 'meta', attrs: { 'data-pagefind-meta': 'keywords[content]', content: words.join(' ') } }];
}
