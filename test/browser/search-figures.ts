import type { Page } from 'playwright-core';
import type { IncidentQuery } from './search-queries.ts';
import { searchViaUi } from './search-ui.ts';

/** What the dialog showed for one query: result pages in rank order, each with its sub-results' `path#anchor`. */
export type Shown = { query: string; pages: string[]; sections: Map<string, string[]>; ms: number };

/** Types `query` into the dialog and reads the result cards (page path and the anchors of its sub-results). */
export async function showResults(page: Page, query: string): Promise<Shown> {
  const timing = { ms: 0 };
  await searchViaUi(page, query, undefined, timing);
  const ms = timing.ms;
  const cards = await page.$$eval('#starlight__search .pagefind-ui__result', (results) =>
    results.map((result) => {
      const links = [...result.querySelectorAll('a.pagefind-ui__result-link')].map((link) => new URL((link as HTMLAnchorElement).href));
      return { page: links[0]?.pathname ?? '', anchors: links.slice(1).map((url) => `${url.pathname}${decodeURIComponent(url.hash)}`) };
    }),
  );
  return { query, pages: cards.map((card) => card.page), sections: new Map(cards.map((card) => [card.page, card.anchors])), ms };
}

/** How one query fared: rank of the first answering page (0: absent), and whether a top-3 card links an answering section. */
export function judge(shown: Shown, query: IncidentQuery): { rank: number; sectionLinked: boolean } {
  const answerPages = new Set(query.answers.map((answer) => answer.split('#')[0]!));
  const rank = shown.pages.findIndex((path) => answerPages.has(path)) + 1;
  const sectionLinked = shown.pages.slice(0, 3).some((path) => (shown.sections.get(path) ?? []).some((anchor) => query.answers.includes(anchor)));
  return { rank, sectionLinked };
}

/** The figures line: top-1, top-3, section-linked, twins (a page and its コマンド集 copy both in the top 3), median time. */
export function figures(rows: { shown: Shown; rank: number; sectionLinked: boolean }[]): string {
  const n = rows.length;
  const count = (test: (row: (typeof rows)[number]) => boolean) => `${rows.filter(test).length}/${n}`;
  const twins = (pages: string[]) => pages.slice(0, 3).some((path) => path.startsWith('/commands/') && pages.slice(0, 3).includes(path.replace('/commands', '')));
  const times = rows.map((row) => row.shown.ms).sort((a, b) => a - b);
  const median = times.length ? times[Math.floor(times.length / 2)] : 0;
  return `rank-1 ${count((r) => r.rank === 1)}, top-3 ${count((r) => r.rank >= 1 && r.rank <= 3)}, section-linked ${count((r) => r.sectionLinked)}, twins in top 3 ${count((r) => twins(r.shown.pages))}, median typing-to-settled ${median} ms`;
}
