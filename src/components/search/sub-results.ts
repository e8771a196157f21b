/**
 * Which sections a result card links. Pagefind's Default UI keeps the three sub-results with the most
 * matched words, so a long section that repeats one common word (ノード) beats the short one holding
 * every word of the query. Here a section ranks by how many distinct query words its title and excerpt
 * show, then by how many its heading or aliases hold, then by matched words; the card keeps the best three,
 * in page order.
 */

import { queryTerms } from './query.ts';

/** The part of a Pagefind sub-result read here. */
export type SubResult = { url: string; title: string; excerpt: string; locations: readonly number[] };
/** The part of a Pagefind result's data read here; the rest passes through. */
export type ResultData = { url: string; excerpt: string; sub_results?: SubResult[] };

/** Sub-results a card shows (Pagefind's Default UI shows three). */
const SHOWN = 3;
/** Frame labels of code blocks that are no part of the text a reader searched (Expressive Code's sr-only label). */
const UI_LABELS = ['ターミナルウィンドウ', 'Terminal window'];

/**
 * The query's words as Pagefind searched them (ディスクがいっぱい -> ディスク, いっぱい), lower-cased, for comparing
 * with marked excerpt text and titles.
 */
export function queryWords(query: string): string[] {
  return queryTerms(query.toLowerCase());
}

/** The section aliases (section-aliases.ts) of a sub-result's section, by its URL and title. */
export type AliasLookup = (sub: SubResult) => readonly string[];

/**
 * Distinct query words a sub-result shows (marked in its excerpt, or in its title), the aliases that matched the
 * others, and how many query words its heading or aliases hold: the section is about them, not passing by.
 */
function shownWords(sub: SubResult, words: readonly string[], aliases: readonly string[]): { shown: number; aliases: string[]; headed: number } {
  const marked = [...sub.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!.toLowerCase());
  const title = sub.title.toLowerCase();
  const visible = words.filter((word) => title.includes(word) || marked.some((mark) => mark.includes(word) || word.includes(mark)));
  const hidden = words.filter((word) => !visible.includes(word));
  // An alias is split as the query is, so ノード落ちた and ノード 落ちた match alike.
  const aliasTerms = new Map(aliases.map((alias) => [alias, queryTerms(alias.toLowerCase())]));
  const matched = aliases.filter((alias) => hidden.some((word) => aliasTerms.get(alias)!.includes(word)));
  const viaAliases = hidden.filter((word) => matched.some((alias) => aliasTerms.get(alias)!.includes(word)));
  const headed = words.filter((word) => title.includes(word) || aliases.some((alias) => aliasTerms.get(alias)!.includes(word))).length;
  return { shown: visible.length + viaAliases.length, aliases: matched, headed };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Removes UI labels that leaked into an excerpt. */
export function withoutUiLabels(excerpt: string): string {
  return UI_LABELS.reduce((text, label) => text.replaceAll(label, ''), excerpt).replace(/\s{2,}/g, ' ');
}

/**
 * The result with its excerpts cleaned and its sub-results cut to the three that answer `query` best. A
 * section found through an alias the reader cannot see in its text shows that alias, marked, before its
 * excerpt: the card says why it is there.
 */
export function chooseSubResults<T extends ResultData>(data: T, query: string, aliasesOf: AliasLookup = () => []): T {
  const words = queryWords(query);
  const subs = (data.sub_results ?? []).map((sub) => {
    const excerpt = withoutUiLabels(sub.excerpt);
    const { shown, aliases, headed } = shownWords({ ...sub, excerpt }, words, aliasesOf(sub));
    const reason = aliases.map((alias) => `<mark>${escapeHtml(alias)}</mark>`).join(' ');
    return { ...sub, shown, headed, excerpt: reason ? `${reason} — ${excerpt}` : excerpt };
  });
  // The page itself (a sub-result whose url is the page's) stays first, as the Default UI expects.
  const root = subs[0]?.url === data.url ? subs.slice(0, 1) : [];
  const sections = subs.slice(root.length);
  const best = new Set(
    sections
      .map((sub, order) => ({ sub, order }))
      // Matched words count particles (た, さ, れ) too: a long section wins on them alone, so headings come first.
      .sort((a, b) => b.sub.shown - a.sub.shown || b.sub.headed - a.sub.headed || b.sub.locations.length - a.sub.locations.length || a.order - b.order)
      .slice(0, SHOWN)
      .map((entry) => entry.sub),
  );
  const strip = ({ shown: _shown, headed: _headed, ...sub }: (typeof subs)[number]) => sub;
  return { ...data, excerpt: withoutUiLabels(data.excerpt), sub_results: [...root, ...sections.filter((sub) => best.has(sub))].map(strip) };
}
