/**
 * Cluster strings are text: a site built from a snapshot full of script-bearing strings
 * (test/fixtures/xss/) runs none of them in Chromium and shows each one as text.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/site/offline/static-server.ts';
import { snapshotFileName, stableJson } from '../../src/snapshot/store.ts';
import { hostileSnapshot, PAYLOADS } from '../fixtures/xss/hostile-snapshot.ts';
import { launchChromium } from './chromium.ts';
import { searchViaUi } from './search-ui.ts';
import { freshBuildDir } from './build-dir.ts';
import { buildSite } from './site-build.ts';
import { listSiteFiles, listSitePages } from './site-files.ts';

let work: string;
let siteDir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kube-runbook-xss-'));
  const snapshotsDir = join(work, 'snapshots');
  await mkdir(snapshotsDir);
  const snapshot = hostileSnapshot();
  await writeFile(join(snapshotsDir, snapshotFileName(snapshot.capturedAt)), stableJson(snapshot));
  siteDir = await buildSite({ snapshotsDir, outDir: await freshBuildDir('xss') });
  server = await serveStatic(siteDir);
  browser = await launchChromium();
  // No service worker: each page is read from the server as built.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

/** What a reader could see of the page, with every <details> opened. */
function visibleText(): Promise<string> {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((details) => (details.open = true));
    return document.body.innerText;
  });
}

/** Elements only an executed payload would have created. */
function plantedElements(): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll('img[src="x"], img[src="y"], svg[onload], iframe[srcdoc], a[href^="javascript:" i], [onerror], [onload]'),
      ...[...document.scripts].filter((script) => script.textContent?.includes('__pwned')),
    ].map((element) => element.outerHTML.slice(0, 120)),
  );
}

describe('script-bearing strings from a snapshot', () => {
  it('never appear as markup in the built HTML', async () => {
    const pages = (await listSiteFiles(siteDir)).filter((file) => file.endsWith('.html'));
    const raw = ['<script>window.__pwned', '<img src=x', '<img src=y', '<svg onload', '<iframe srcdoc'];
    for (const file of pages) {
      // Inside a double-quoted attribute value `<` is inert (Astro escapes `"` and `&` there): drop those values.
      const html = (await readFile(join(siteDir, file), 'utf8')).replace(/="[^"]*"/g, '=""').toLowerCase();
      expect(raw.filter((tag) => html.includes(tag.toLowerCase())), file).toEqual([]);
    }
  });

  it('run nowhere and show as text on every page', async () => {
    const shown = new Set<string>();
    for (const path of await listSitePages(siteDir)) {
      await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), path).toBeUndefined();
      expect(await plantedElements(), path).toEqual([]);
      const text = await visibleText();
      for (const payload of Object.values(PAYLOADS)) if (text.includes(payload)) shown.add(payload);
    }
    expect([...shown].sort()).toEqual(Object.values(PAYLOADS).sort());
  }, 180_000);

  it('run nowhere from search results either', async () => {
    await page.goto(new URL('troubleshooting/', server.url).href);
    await searchViaUi(page, 'pwned');
    await searchViaUi(page, 'onerror');
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await plantedElements()).toEqual([]);
  });

  it('raised no dialog and no page error', () => {
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
