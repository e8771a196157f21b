/**
 * The search dialog's Pagefind API: Pagefind's own `pagefind.js` module, documented exports only, with
 * `search` relaxed. Served as it is, types stripped, at /pagefind-relaxed/pagefind.js
 * (src/pages/pagefind-relaxed/pagefind.js.ts), where Pagefind's UI loads it through its `bundlePath`
 * option (site-search.ts). The browser gets this file with query.ts inlined before it: it may import
 * types, and values from query.ts only.
 */
import { normalizeQuery, queryTerms } from './query.ts';

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
  const query = normalizeQuery(term);
  const whole = await pagefind.search(query, options);
  if (!whole || whole.results.length >= MIN_RESULTS) return whole;
  // Particles (の, が, を) match nearly every page: alone they would rank noise.
  const words = queryTerms(query);
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

/** A filter value whose pages copy text from other pages (種類: コマンド): shown only when the reader picks it. */
export type CopiesFilter = { filter: string; value: string };
/** Page ids per filter value (`種類` -> `コマンド` -> ids), read once with Pagefind's filter-only search. */
type FilterMembers = Map<string, Map<string, Set<string>>>;

async function filterMembers(pagefind: Pick<PagefindApi, 'search' | 'filters'>): Promise<FilterMembers> {
  const members: FilterMembers = new Map();
  for (const [filter, values] of Object.entries(await pagefind.filters())) {
    const byValue = new Map<string, Set<string>>();
    for (const value of Object.keys(values)) {
      const response = await pagefind.search(null as unknown as string, { filters: { [filter]: [value] } });
      byValue.set(value, new Set((response?.results ?? []).map((result) => result.id)));
    }
    members.set(filter, byValue);
  }
  return members;
}

/**
 * The results the reader sees, from the relaxed results of the whole index: the chosen filter values
 * applied (a page must hold each, as Pagefind's filters do), and without `copies.filter` chosen, the copies
 * (コマンド集 pages) left out, since the page they copy holds the same text. Each filter value's count is
 * the number of results ticking it alone shows, so the counts always agree with what ticking does.
 */
export function presentResults(response: PagefindResponse, members: FilterMembers, chosen: Record<string, unknown>, copies?: CopiesFilter): PagefindResponse {
  const filters = Object.fromEntries(
    [...members].map(([filter, byValue]) => [filter, Object.fromEntries([...byValue].map(([value, ids]) => [value, response.results.filter((r) => ids.has(r.id)).length]))]),
  );
  const required = Object.entries(chosen).flatMap(([filter, values]) => [values].flat().map((value) => members.get(filter)?.get(String(value)) ?? new Set<string>()));
  const copyIds = copies && !chosen[copies.filter] ? members.get(copies.filter)?.get(copies.value) : undefined;
  const results = response.results.filter((result) => required.every((ids) => ids.has(result.id)) && !copyIds?.has(result.id));
  return { ...response, results, filters, unfilteredResultCount: response.results.length };
}

/**
 * Pagefind's API loaded by `load` on first use, with `search` (and `debouncedSearch`, built on it)
 * relaxed and presented (presentResults); every other call goes to Pagefind as it is. `options({ copies })`
 * names the filter value of copied pages (not a Pagefind option: kept here). A failed load is tried again.
 */
export function relaxPagefind(load: () => Promise<PagefindApi>): PagefindApi {
  let loading: Promise<PagefindApi> | undefined;
  const engine = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  let copies: CopiesFilter | undefined;
  let members: Promise<FilterMembers> | undefined;
  // Filters apply after relaxation (presentResults), so a filtered search relaxes exactly as the unfiltered one.
  const search: PagefindApi['search'] = async (term, options) => {
    const pagefind = await engine();
    const { filters: chosen = {}, ...unfiltered } = options ?? {};
    const response = await relaxedSearch(pagefind, term, unfiltered);
    if (!response) return response;
    members ??= filterMembers(pagefind);
    return presentResults(response, await members, chosen as Record<string, unknown>, copies);
  };
  let latest = 0;
  return {
    options: async ({ copies: chosen, ...options }) => {
      copies = chosen as CopiesFilter | undefined;
      return (await engine()).options(options);
    },
    init: async () => (await engine()).init(),
    // Nothing to destroy before the first load: do not load Pagefind for that.
    destroy: async () => {
      if (loading) await (await engine()).destroy();
    },
    mergeIndex: async (bundlePath, options) => (await engine()).mergeIndex(bundlePath, options),
    preload: async (term, options) => (await engine()).preload(normalizeQuery(term), options),
    filters: async () => (await engine()).filters(),
    search,
    // Pagefind's debouncedSearch would run its own, unrelaxed search: same contract, relaxed.
    debouncedSearch: async (term, options, timeoutMs = DEBOUNCE_MS) => {
      const call = ++latest;
      // Loads the indexes while waiting, as Pagefind's does; a failure shows in the search itself.
      (await engine()).preload(normalizeQuery(term), options).catch(() => undefined);
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
