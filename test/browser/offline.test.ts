/**
 * Offline: after one visit the service worker holds the runbook (pages, assets, the Pagefind index)
 * and the newest snapshot, history as the reader viewed it; with the server gone every runbook page
 * opens, search works and the indicator says so in text; a new build replaces the saved copy once
 * the reader accepts it.
 */
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateServiceWorker } from '../../src/site/offline/service-worker.ts';
import { serveStatic, type StaticServer } from '../../src/site/offline/static-server.ts';
import { launchChromium } from './chromium.ts';
import { searchViaUi } from './search-ui.ts';
import { listSiteFiles, listSitePages } from './site-files.ts';

// A private copy of the site: this file rebuilds it and stops its server, which the other tests must not see.
let dir: string;
let server: StaticServer | undefined;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const OLDER = '2026-11-23T09-30-00Z';
const NEWER = '2026-11-24T09-30-00Z';
/** History that grows with every snapshot: precached only for the newest one, cached as viewed. */
const isHistory = (file: string) => file.startsWith('history/') || file.startsWith('snapshots/');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-offline-'));
  await cp(inject('siteDir'), dir, { recursive: true });
  server = await serveStatic(dir);
  base = server.url;
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  // The server sends a Content-Security-Policy: anything it blocks (a script, Pagefind's wasm) shows here.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) errors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The network is gone: the server stops and the browser is offline. */
async function goOffline(): Promise<void> {
  await server?.close();
  server = undefined;
  await context.setOffline(true);
}

/** Paths (no leading slash) of everything in the worker's caches. */
function cachedFiles(): Promise<string[]> {
  return page.evaluate(async () => {
    const files: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) files.push(new URL(request.url).pathname.slice(1));
    }
    return files.sort();
  });
}

/** The indicator's text once it is shown. */
async function offlineMessage(): Promise<string> {
  const message = await page.waitForSelector('[data-offline-message]:not([hidden])', { timeout: 10_000 });
  return (await message.textContent()) ?? '';
}

describe('offline copy through the service worker', () => {
  it('precaches every runbook page, asset, the search index and the newest snapshot on the first visit, within 5 MB', async () => {
    await page.goto(base);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const cached = await cachedFiles();
    // Pagefind's UI bundles are left out (the Search override bundles its own), and of history only
    // the newest snapshot's data and page and the page that draws any snapshot.
    const unused = /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./;
    const newest = ['history/snapshot/index.html', `history/${NEWER}/index.html`, `snapshots/${NEWER}.json.gz`];
    const expected = (await listSiteFiles(dir)).filter((file) => file !== 'sw.js' && !unused.test(file) && (!isHistory(file) || newest.includes(file)));
    expect(cached).toEqual(expected);
    expect(cached).toEqual(expect.arrayContaining(['index.html', 'backup/index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', ...newest]));
    expect(cached).not.toContain(`snapshots/${OLDER}.json.gz`);
    expect(cached.filter((file) => file.startsWith('pagefind/fragment/'))).not.toHaveLength(0);
    let bytes = 0;
    for (const file of cached) bytes += (await stat(join(dir, file))).size;
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('caches the history the reader views', async () => {
    await page.goto(new URL('history/', base).href);
    await page.goto(new URL(`history/snapshot/?id=${OLDER}`, base).href);
    await page.waitForSelector('[data-view-result][data-state="ready"]', { timeout: 15_000 });
    expect(await cachedFiles()).toEqual(expect.arrayContaining(['history/', 'snapshots/index.json', `snapshots/${OLDER}.json.gz`]));
  });

  it('says so in text as soon as the network drops, and stops when it is back', async () => {
    expect(await page.locator('[data-offline-message]').isHidden()).toBe(true);
    await context.setOffline(true);
    expect(await offlineMessage()).toMatch(
      /^⚠ オフライン: ネットワークに接続されていません。保存済みのコピーを表示しています。 サイトのビルド: \d{4}\/\d\d\/\d\d \d\d:\d\d JST.(\d+(分|時間|日)前|たった今). 最新スナップショット: \d{4}\/\d\d\/\d\d \d\d:\d\d JST.\d+(分|時間|日|年)前.$/,
    );
    await context.setOffline(false);
    await page.waitForSelector('[data-offline-message]', { state: 'hidden' });
  });

  it('opens every runbook page, the newest snapshot and the viewed history with the network gone, and says it shows the saved copy', async () => {
    await goOffline();
    const pages = [
      ...(await listSitePages(dir)).filter((path) => !isHistory(path.slice(1))),
      `/history/${NEWER}/`,
      '/history/',
      `/history/snapshot/?id=${OLDER}`,
    ];
    expect(pages.length).toBeGreaterThan(15);
    for (const path of pages) {
      const response = await page.goto(new URL(path.slice(1), base).href);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(response?.status(), path).toBe(200);
      // Chromium's offline emulation does not carry navigator.onLine into a new document, so a page
      // may learn it only from the failed update check: either label is right here.
      expect(await offlineMessage(), path).toMatch(/^⚠ (オフライン|接続できません): .+保存済みのコピーを表示しています。 サイトのビルド: .+ JST.+ 最新スナップショット: .+ JST/);
    }
  }, 300_000);

  it('draws a viewed older snapshot offline', async () => {
    await page.goto(new URL(`history/snapshot/?id=${OLDER}`, base).href);
    await page.waitForSelector('[data-view-result][data-state="ready"]', { timeout: 15_000 });
    expect(await page.locator('.snapshot-pods tbody tr').count()).toBeGreaterThan(5);
  });

  it('searches offline', async () => {
    await page.goto(new URL('troubleshooting/', base).href);
    expect(await searchViaUi(page, 'etcd バックアップ')).toContain('/backup/');
    expect(await searchViaUi(page, 'DNS 解決できない')).toEqual(expect.arrayContaining(['/coredns/']));
  });

  it('says the server is unreachable when the network is up but the server is gone', async () => {
    await context.setOffline(false);
    await page.goto(new URL('etcd/', base).href);
    expect(await offlineMessage()).toMatch(/^⚠ 接続できません: サイトのサーバーに接続できません。/);
  });

  it('replaces the saved copy with a new build once the reader accepts it', async () => {
    // A new build: one page changed and the worker regenerated, as `astro build` does.
    const etcd = join(dir, 'etcd/index.html');
    await writeFile(etcd, (await readFile(etcd, 'utf8')).replace('</main>', '<p id="new-build">新しいビルド</p></main>'));
    await generateServiceWorker(dir);
    server = await serveStatic(dir, { port: Number(new URL(base).port) });

    await page.goto(new URL('etcd/', base).href);
    expect(await page.locator('#new-build').count()).toBe(0);
    const prompt = await page.waitForSelector('[data-offline-update]:not([hidden])', { timeout: 30_000 });
    expect(await prompt.textContent()).toContain('新しい版があります。');
    await page.click('[data-offline-update] button');
    await page.waitForSelector('#new-build', { timeout: 30_000 });

    await goOffline();
    await page.goto(new URL('etcd/', base).href);
    expect(await page.locator('#new-build').textContent()).toBe('新しいビルド');
  });

  it('raises no page errors and no Content-Security-Policy violation', () => {
    expect(errors).toEqual([]);
  });
});
