/**
 * Query relaxation around Pagefind's JS API. Pagefind keeps a page only when every query word that
 * exists in the index is on it, so one generic word the page lacks (「証明書 更新 方法」: 方法) empties
 * the results. When the whole query finds fewer than three pages, each word is also searched alone and
 * those pages follow, ranked by how many of the words they hold, then by score.
 * The browser gets this function's source (see relaxedPagefindModule), so it must stay self-contained.
 */
type Result = { id: string; score: number };
type Response = { results: Result[]; unfilteredResultCount: number } & Record<string, unknown>;
type Pagefind = { search: (term: string, options?: Record<string, unknown>) => Promise<Response | null> };

/** Searches `term`; tops the results up with per-word searches when the whole query finds too few pages. */
export async function relaxedSearch(pagefind: Pagefind, term: string, options?: Record<string, unknown>): Promise<Response | null> {
  const MIN_RESULTS = 3;
  const whole = await pagefind.search(term, options);
  if (!whole || whole.results.length >= MIN_RESULTS) return whole;
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  // Particles (の, が, を) match nearly every page: alone they would rank noise.
  const words = [...new Set([...segmenter.segment(term)].filter((s) => s.isWordLike && !/^\p{Script=Hiragana}{1,2}$/u.test(s.segment)).map((s) => s.segment))];
  if (words.length < 2) return whole;
  const found = new Map<string, { result: Result; hits: number; score: number }>();
  for (const word of words) {
    const response = await pagefind.search(word, options);
    for (const result of response?.results ?? []) {
      const seen = found.get(result.id);
      found.set(result.id, { result: seen?.result ?? result, hits: (seen?.hits ?? 0) + 1, score: (seen?.score ?? 0) + result.score });
    }
  }
  const known = new Set(whole.results.map((result) => result.id));
  const extra = [...found.values()]
    .filter((entry) => !known.has(entry.result.id))
    .sort((a, b) => b.hits - a.hits || b.score - a.score)
    .map((entry) => entry.result);
  const results = [...whole.results, ...extra];
  return { ...whole, results, unfilteredResultCount: Math.max(whole.unfilteredResultCount, results.length) };
}

/**
 * The module the search dialog loads instead of `/pagefind/pagefind.js`: Pagefind's own API with
 * `search` relaxed. Served at /pagefind-relaxed/pagefind.js by src/pages/pagefind-relaxed/pagefind.js.ts.
 */
export function relaxedPagefindModule(): string {
  return [
    "import * as pagefind from '../pagefind/pagefind.js';",
    'export const { options, mergeIndex, filters, preload, init, destroy, debouncedSearch } = pagefind;',
    `const relaxedSearch = ${relaxedSearch.toString()};`,
    'export const search = (term, options) => relaxedSearch(pagefind, term, options);',
    '',
  ].join('\n');
}
