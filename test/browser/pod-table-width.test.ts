import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ja } from '../../src/i18n/ja.ts';
import { launchChromium, openWatchedPage } from './chromium.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** kubectl's NAME, READY, STATUS, AGE and RESTARTS, as Pod一覧 heads them. */
const KEY_COLUMNS = [ja.podTable.name, ja.podTable.replicas, ja.podTable.status, ja.podTable.age, ja.podTable.restarts];

describe('Pod一覧 at 1280 px', () => {
  it.each([
    ['the overview', '/'],
    ['the newest snapshot in history', 'history'],
  ])('%s: NAME, READY, ステータス, 稼働期間 and 再起動回数 are in view without scrolling', async (_where, path) => {
    const { page, errors, close } = await openWatchedPage(browser, { viewport: { width: 1280, height: 800 } });
    let url = new URL('.', siteUrl).href;
    if (path === 'history') {
      await page.goto(new URL('history/', siteUrl).href, { waitUntil: 'networkidle' });
      // The first snapshot link of the history index: a built snapshot page with the same table.
      url = await page.locator('a[href*="/history/20"]').first().evaluate((a) => (a as HTMLAnchorElement).href);
    }
    await page.goto(url, { waitUntil: 'networkidle' });
    const layout = await page.evaluate(() => {
      const table = document.querySelector('table.pod-table');
      if (!table) return null;
      const scroll = table.closest('.table-scroll')!;
      const box = scroll.getBoundingClientRect();
      return {
        viewport: document.documentElement.clientWidth,
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        scrollBox: { left: box.left, right: box.right },
        tableScrolls: scroll.scrollWidth > scroll.clientWidth,
        headers: [...table.querySelectorAll(':scope > thead th')].map((th) => {
          const rect = th.getBoundingClientRect();
          return { text: th.textContent!.trim(), left: rect.left, right: rect.right };
        }),
        rowsWider: [...table.querySelectorAll(':scope > tbody > tr.pod-table__workload')].filter((row) => row.getBoundingClientRect().right > box.right + 0.5).length,
      };
    });
    await close();
    expect(errors).toEqual([]);
    expect(layout, 'no Pod一覧 table on the page').not.toBeNull();
    const { headers, scrollBox, viewport } = layout!;
    expect(headers.map((h) => h.text)).toEqual(KEY_COLUMNS);
    for (const header of headers) {
      expect(header.left, `${header.text} starts inside the table's box`).toBeGreaterThanOrEqual(scrollBox.left - 0.5);
      expect(header.right, `${header.text} ends inside the table's box`).toBeLessThanOrEqual(scrollBox.right + 0.5);
      expect(header.right, `${header.text} ends inside the viewport`).toBeLessThanOrEqual(viewport);
    }
    expect(layout!.tableScrolls).toBe(false);
    expect(layout!.rowsWider).toBe(0);
    expect(layout!.pageScrolls).toBe(false);
  });
});
