import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openWatchedPage, type WatchedPage } from './chromium.ts';
import { SEARCH_CASES } from './search-queries.ts';
import { searchViaUi } from './search-ui.ts';

let browser: Browser;
let watched: WatchedPage;
const siteUrl = inject('siteUrl');
/** Rank (1-based) of the first expected page per query, 0 when it is missing: printed as the figures to compare. */
const ranks = new Map<string, number>();
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
  await watched?.close();
  await browser?.close();
});

describe('search in Japanese through the site search dialog', () => {
  it.each(SEARCH_CASES)('「$query」 finds $pages in the top 3', async ({ query, pages }) => {
    const results = await searchViaUi(watched.page, query);
    ranks.set(query, results.findIndex((path) => pages.includes(path)) + 1);
    expect(results.slice(0, 3).filter((path) => pages.includes(path)), `top results: ${results.slice(0, 5).join(' ')}`).not.toHaveLength(0);
  });

  it('narrows results to the コマンド集 with the 種類 = コマンド filter', async () => {
    const all = await searchViaUi(watched.page, 'etcd バックアップ');
    expect(all.some((path) => !path.startsWith('/commands/'))).toBe(true);
    const commands = await searchViaUi(watched.page, 'etcd バックアップ', { 種類: 'コマンド' });
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((path) => !path.startsWith('/commands/'))).toEqual([]);
    expect(commands[0]).toBe('/commands/backup/');
  });

  it("searches through the relaxed API module, which loads Pagefind's own pagefind.js", () => {
    expect(requested).toContain('/pagefind-relaxed/pagefind.js');
    expect(requested).toContain('/pagefind/pagefind.js');
  });

  it('raises no page errors while searching', () => {
    expect(watched.errors).toEqual([]);
  });
});
