/**
 * Accessibility of the built site: axe-core on every page (no serious or critical violation),
 * search and copy buttons reachable by keyboard, findings never told by colour alone.
 */
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEVERITY_LABELS } from '../../src/i18n/findings.ja.ts';
import { launchChromium } from './chromium.ts';
import { listSitePages } from './site-files.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ serviceWorkers: 'block' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => page.goto(new URL(path.replace(/^\//, ''), siteUrl).href);

/**
 * Starlight's own search button: its name 検索 is the visible word, plus a visible shortcut hint
 * (Ctrl K) that axe wants in the name too. Upstream markup, the same case as vuejs/vitepress#5401.
 */
const UPSTREAM = ['label-content-name-mismatch (serious): button[data-open-modal=""]'];

/** axe's serious and critical violations on the current page, one line each: `rule (impact): target`. */
async function seriousViolations(): Promise<string[]> {
  // Expressive Code makes a code block that scrolls focusable from a ResizeObserver after layout:
  // give it that moment (if it never comes, axe reports the block).
  await page
    .waitForFunction(() => [...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`));
  }).then((lines) => lines.filter((line) => !UPSTREAM.includes(line)));
}

/** Presses Tab until `selector` has focus (true) or `limit` presses have gone by (false). */
async function tabTo(selector: string, limit = 150): Promise<boolean> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return true;
  }
  return false;
}

describe('axe-core', () => {
  it('finds no serious or critical violation on any page', async () => {
    const found: string[] = [];
    const pages = await listSitePages(inject('siteDir'));
    expect(pages.length).toBeGreaterThan(15);
    for (const path of pages) {
      await open(path);
      found.push(...(await seriousViolations()).map((line) => `${path} ${line}`));
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('finds none in the offline indicator either', async () => {
    await open('/');
    await context.setOffline(true);
    try {
      await page.waitForSelector('[data-offline-message]:not([hidden])');
      expect(await seriousViolations()).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });
});

describe('keyboard', () => {
  it('reaches the search button and opens search with Enter', async () => {
    await open('/backup/');
    await page.waitForSelector('button[data-open-modal]:not([disabled])');
    expect(await tabTo('button[data-open-modal]')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#starlight__search input', { state: 'visible' });
    // Pagefind's UI mounts the input, then focuses it once its module has loaded: wait for the focus, don't sample it
    // (up to 30 s: on a 2-core machine also running a mutation run it took over 10 s).
    const focused = await page
      .waitForFunction(() => document.activeElement?.matches('#starlight__search input') ?? false, undefined, { timeout: 30_000 })
      .then(() => true, () => false);
    expect(focused).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('reaches the copy buttons of command blocks', async () => {
    await open('/backup/');
    expect(await page.locator('.expressive-code .copy button').count()).toBeGreaterThan(0);
    expect(await tabTo('.expressive-code .copy button')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('title'))).toBe('クリップボードにコピー');
  });
});

describe('findings', () => {
  it('carry their severity as a word next to the colour', async () => {
    await open('/');
    const marks = await page.$$eval('[class*="finding--"], [class*="finding-badge--"]', (elements) =>
      elements.map((element) => ({ className: element.className, text: (element as HTMLElement).innerText })),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const { className, text } of marks) {
      const severity = /--(critical|warning|info)\b/.exec(className)?.[1] as keyof typeof SEVERITY_LABELS;
      expect(text, className).toContain(SEVERITY_LABELS[severity]);
    }
  });
});
