/**
 * Printing for the paper binder (src/styles/print.css on top of Starlight's print rules): no
 * navigation or search, command blocks wrapped instead of clipped, <details> printed open, and a PDF.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.emulateMedia({ media: 'print' });
});

afterAll(async () => {
  await browser?.close();
});

/** Whether each selector's first match is rendered (has a box) on the current page. */
function rendered(selectors: readonly string[]): Promise<Record<string, boolean>> {
  return page.evaluate((list) => Object.fromEntries(list.map((selector) => {
    const element = document.querySelector(selector) as HTMLElement | null;
    return [selector, element ? element.getClientRects().length > 0 : false];
  })), selectors);
}

describe('print', () => {
  it('hides navigation, search and pagination, keeps the content', async () => {
    await page.goto(new URL('troubleshooting/', siteUrl).href);
    expect(await rendered(['header.header', 'nav.sidebar', '.right-sidebar-container', 'site-search', '.pagination-links', '[data-offline-status]', 'main h1', '.sl-markdown-content .expressive-code'])).toEqual({
      'header.header': false,
      'nav.sidebar': false,
      '.right-sidebar-container': false,
      'site-search': false,
      '.pagination-links': false,
      '[data-offline-status]': false,
      'main h1': true,
      '.sl-markdown-content .expressive-code': true,
    });
  });

  it('wraps long command lines instead of cutting them, and keeps each block on one page', async () => {
    await page.goto(new URL('troubleshooting/', siteUrl).href);
    const blocks = await page.$$eval('.sl-markdown-content .expressive-code pre', (pres) => pres.map((pre) => ({
      clipped: pre.scrollWidth > pre.clientWidth + 1,
      wrap: getComputedStyle(pre.querySelector('.ec-line .code') ?? pre).whiteSpace,
      breakInside: getComputedStyle(pre).breakInside,
    })));
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((block) => block.clipped || block.wrap !== 'pre-wrap' || block.breakInside !== 'avoid')).toEqual([]);
  });

  it('prints the pods behind each workload row (closed <details>) open', async () => {
    await page.goto(siteUrl);
    const inner = page.locator('.pod-table__pods details:not([open]) table').first();
    expect(await inner.count()).toBe(1);
    expect(await inner.evaluate((table) => table.getClientRects().length > 0)).toBe(true);
  });

  it('makes a PDF', async () => {
    await page.goto(new URL('backup/', siteUrl).href);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
