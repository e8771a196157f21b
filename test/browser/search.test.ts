import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openWatchedPage, type WatchedPage } from './chromium.ts';
import { figures, judge, showResults, type Shown } from './search-figures.ts';
import { GROWN_QUERIES, HELD_OUT_QUERIES, INCIDENT_QUERIES, SEARCH_CASES } from './search-queries.ts';
import { searchViaUi } from './search-ui.ts';

let browser: Browser;
let watched: WatchedPage;
const siteUrl = inject('siteUrl');
/** Rank (1-based) of the first expected page per query, 0 when it is missing: printed as the figures to compare. */
const ranks = new Map<string, number>();
/** Each incident query's judged results, by set, printed as figures (rank-1, top-3, section-linked, twins, time). */
type Judged = { shown: Shown; rank: number; sectionLinked: boolean };
const judged = { incident: [] as Judged[], 'held-out': [] as Judged[], grown: [] as Judged[] };
/** Paths the page requested, to see which Pagefind API the dialog loaded. */
const requested: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  watched = await openWatchedPage(browser);
  watched.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await watched.page.goto(new URL('backup/', siteUrl).href);
});

afterAll(async () => {
  const found = [...ranks.values()];
  console.info(`search figures: top-3 ${found.filter((rank) => rank >= 1 && rank <= 3).length}/${found.length}, rank-1 ${found.filter((rank) => rank === 1).length}/${found.length}`);
  for (const [name, rows] of Object.entries(judged)) console.info(`search figures (${name} queries): ${figures(rows)}`);
  console.info(`search figures (all ${Object.values(judged).flat().length} queries): ${figures(Object.values(judged).flat())}`);
  await watched?.close();
  await browser?.close();
});

/** The visible text of the result cards (excerpts, sub-results, tags), and the filter labels with their counts. */
const resultText = () => watched.page.locator('#starlight__search .pagefind-ui__results').innerText();
/** Unticks every filter value: ticks survive clearing the box, and later searches must see every page. */
const untickAll = async () => {
  for (const box of await watched.page.locator('#starlight__search input.pagefind-ui__filter-checkbox:checked').all()) await box.uncheck();
};
const filterLabels = () => watched.page.$$eval('#starlight__search .pagefind-ui__filter-label', (labels) => labels.map((label) => label.textContent ?? ''));

describe('search in Japanese through the site search dialog', () => {
  it.each(SEARCH_CASES)('「$query」 finds $pages in the top 3', async ({ query, pages }) => {
    const results = await searchViaUi(watched.page, query);
    ranks.set(query, results.findIndex((path) => pages.includes(path)) + 1);
    expect(results.slice(0, 3).filter((path) => pages.includes(path)), `top results: ${results.slice(0, 5).join(' ')}`).not.toHaveLength(0);
  });

  // Incident queries must find an answering page in the top 3; rank-1 and section-linked rates are printed as
  // figures (bench/search.bench.ts prints them too, with each query's results). The held-out set, never tuned
  // against, is measured only. Neither shows a コマンド集 page unless 種類: コマンド is ticked.
  it.each(INCIDENT_QUERIES)('「$query」 ($kind) finds $answers in the top 3', async (query) => {
    const shown = await showResults(watched.page, query.query);
    const row = { shown, ...judge(shown, query) };
    judged.incident.push(row);
    expect(shown.pages.filter((path) => path.startsWith('/commands/'))).toEqual([]);
    expect(row.rank, `top results: ${shown.pages.slice(0, 5).join(' ')}`).toBeGreaterThanOrEqual(1);
    expect(row.rank, `top results: ${shown.pages.slice(0, 5).join(' ')}`).toBeLessThanOrEqual(3);
  });

  it.each(HELD_OUT_QUERIES)('held out: 「$query」 ($kind) is measured, with no コマンド集 page', async (query) => {
    const shown = await showResults(watched.page, query.query);
    judged['held-out'].push({ shown, ...judge(shown, query) });
    expect(shown.pages.filter((path) => path.startsWith('/commands/'))).toEqual([]);
  });

  // The grown set was tuned against after it was measured (issue 16): held to the incident set's bar.
  it.each(GROWN_QUERIES)('grown: 「$query」 ($kind) finds $answers in the top 3', async (query) => {
    const shown = await showResults(watched.page, query.query);
    const row = { shown, ...judge(shown, query) };
    judged.grown.push(row);
    expect(shown.pages.filter((path) => path.startsWith('/commands/'))).toEqual([]);
    expect(row.rank, `top results: ${shown.pages.slice(0, 5).join(' ')}`).toBeGreaterThanOrEqual(1);
    expect(row.rank, `top results: ${shown.pages.slice(0, 5).join(' ')}`).toBeLessThanOrEqual(3);
  });

  it('narrows results to the コマンド集 with the 種類 = コマンド filter', async () => {
    const all = await searchViaUi(watched.page, 'etcd バックアップ');
    expect(all.some((path) => !path.startsWith('/commands/'))).toBe(true);
    const commands = await searchViaUi(watched.page, 'etcd バックアップ', { 種類: 'コマンド' });
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((path) => !path.startsWith('/commands/'))).toEqual([]);
    expect(commands[0]).toBe('/commands/backup/');
    await untickAll();
  });

  it('counts each filter value as the number of results ticking it shows', async () => {
    const query = 'Pod が起動しない';
    await untickAll();
    const all = await searchViaUi(watched.page, query);
    const counts = Object.fromEntries((await filterLabels()).map((label) => [label.replace(/\s*\(\d+\)$/, ''), Number(/\((\d+)\)$/.exec(label)?.[1])]));
    expect(counts['解説']).toBe(all.length);
    expect(counts['コマンド']).toBeGreaterThan(0);
    const commands = await searchViaUi(watched.page, query, { 種類: 'コマンド' });
    expect(commands).toHaveLength(counts['コマンド']!);
    await untickAll();
  });

  it.each([
    ['full-width letters', 'ｋｕｂｅ－ｐｒｏｘｙ', '/kube-proxy/'],
    ['a mistyped component name alone', 'cordns', '/coredns/'],
    ['a mistyped long name', 'kube-schedular', '/kube-scheduler/'],
  ])('finds the page for %s (%s) first', async (_name, query, path) => {
    await untickAll();
    expect((await searchViaUi(watched.page, query))[0]).toBe(path);
  });

  it('shows no UI label and highlights no particle in excerpts', async () => {
    await searchViaUi(watched.page, 'ノードが NotReady になった');
    const marks = await watched.page.$$eval('#starlight__search mark', (found) => found.map((mark) => mark.textContent ?? ''));
    expect(marks.filter((mark) => /^[がにをはのでと]$/.test(mark))).toEqual([]);
    await searchViaUi(watched.page, 'kubectl logs');
    expect(await resultText()).not.toContain('ターミナルウィンドウ');
  });

  it("searches through the relaxed API module, which loads Pagefind's own pagefind.js", () => {
    expect(requested).toContain('/pagefind-relaxed/pagefind.js');
    expect(requested).toContain('/pagefind/pagefind.js');
  });

  it('raises no page errors while searching', () => {
    expect(watched.errors).toEqual([]);
  });
});
