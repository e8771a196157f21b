/**
 * The search dialog's Pagefind API: Pagefind's own `pagefind.js` module, documented exports only, with
 * `search` relaxed. Served as it is, types stripped, at /pagefind-relaxed/pagefind.js
 * (src/pages/pagefind-relaxed/pagefind.js.ts), where Pagefind's UI loads it through its `bundlePath`
 * option (site-search.ts). The browser gets this file alone: it may import types, never values.
 */

/** The part of a Pagefind search result read here; the rest (data(), words…) is passed on untouched. */
export type PagefindResult = { id: string; score: number };
/** What `pagefind.search` resolves to (results, unfilteredResultCount, filters, timings…). */
export type PagefindResponse = { results: PagefindResult[]; unfilteredResultCount: number } & Record<string, unknown>;
/** Options of `pagefind.search` and `pagefind.preload`: filters, sort. */
export type PagefindSearchOptions = Record<string, unknown>;

/** Pagefind's documented JS API, the exports of `pagefind/pagefind.js` (https://pagefind.app/docs/api/). */
export type PagefindApi = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  destroy: () => Promise<void>;
  mergeIndex: (bundlePath: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: PagefindSearchOptions) => Promise<PagefindResponse | null>;
  debouncedSearch: (term: string, options?: PagefindSearchOptions, timeoutMs?: number) => Promise<PagefindResponse | null>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
};

/** Fewer results than this for the whole query, and each word is searched alone too. */
const MIN_RESULTS = 3;
/** Pagefind's documented default wait of `debouncedSearch`. */
const DEBOUNCE_MS = 300;

/**
 * Query relaxation around Pagefind's search. Pagefind keeps a page only when every query word that
 * exists in the index is on it, so one generic word the page lacks (「証明書 更新 方法」: 方法) empties
 * the results. When the whole query finds fewer than three pages, each word is also searched alone and
 * those pages follow, ranked by how many of the words they hold, then by score.
 */
export async function relaxedSearch(pagefind: Pick<PagefindApi, 'search'>, term: string, options?: PagefindSearchOptions): Promise<PagefindResponse | null> {
  const whole = await pagefind.search(term, options);
  if (!whole || whole.results.length >= MIN_RESULTS) return whole;
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  // Particles (の, が, を) match nearly every page: alone they would rank noise.
  const words = [...new Set([...segmenter.segment(term)].filter((s) => s.isWordLike && !/^\p{Script=Hiragana}{1,2}$/u.test(s.segment)).map((s) => s.segment))];
  if (words.length < 2) return whole;
  const found = new Map<string, { result: PagefindResult; hits: number; score: number }>();
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
 * Pagefind's API loaded by `load` on first use, with `search` (and `debouncedSearch`, built on it)
 * relaxed; every other call goes to Pagefind as it is. A failed load is tried again on the next call.
 */
export function relaxPagefind(load: () => Promise<PagefindApi>): PagefindApi {
  let loading: Promise<PagefindApi> | undefined;
  const engine = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const search: PagefindApi['search'] = async (term, options) => relaxedSearch(await engine(), term, options);
  let latest = 0;
  return {
    options: async (options) => (await engine()).options(options),
    init: async () => (await engine()).init(),
    // Nothing to destroy before the first load: do not load Pagefind for that.
    destroy: async () => {
      if (loading) await (await engine()).destroy();
    },
    mergeIndex: async (bundlePath, options) => (await engine()).mergeIndex(bundlePath, options),
    preload: async (term, options) => (await engine()).preload(term, options),
    filters: async () => (await engine()).filters(),
    search,
    // Pagefind's debouncedSearch would run its own, unrelaxed search: same contract, relaxed.
    debouncedSearch: async (term, options, timeoutMs = DEBOUNCE_MS) => {
      const call = ++latest;
      // Loads the indexes while waiting, as Pagefind's does; a failure shows in the search itself.
      (await engine()).preload(term, options).catch(() => undefined);
      await new Promise((done) => setTimeout(done, timeoutMs));
      return call === latest ? search(term, options) : null;
    },
  };
}

/** Pagefind's own module, next to this one's URL: /pagefind-relaxed/pagefind.js -> /pagefind/pagefind.js. */
const pagefindModuleUrl = () => new URL('../pagefind/pagefind.js', import.meta.url).href;

export const { options, init, destroy, mergeIndex, search, debouncedSearch, preload, filters } = relaxPagefind(
  () => import(/* @vite-ignore */ pagefindModuleUrl()) as Promise<PagefindApi>,
);
