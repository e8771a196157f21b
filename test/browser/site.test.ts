import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TROUBLESHOOTING_TOPICS } from '../../src/snapshot/findings.ts';
import { readStore } from '../../src/snapshot/store.ts';
import { pickLatest } from '../../src/site/pick-latest.ts';
import { liveValue } from '../../src/site/live-values.ts';
import type { Snapshot } from '../../src/snapshot/schema.ts';
import { launchChromium, openWatchedPage } from './chromium.ts';
import { listSitePages } from './site-files.ts';

const siteUrl = inject('siteUrl');
const pages = await listSitePages(inject('siteDir'));
const latest = pickLatest((await readStore(inject('snapshotsDir'))).snapshots.map((entry) => entry.snapshot)).latest;
// A missing precondition fails the file: skipping the live-fact tests would report a pass with nothing checked.
if (!latest) throw new Error(`${inject('snapshotsDir')}: no snapshot to check the built site against; the browser tests build from the shipped examples (npm run examples)`);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens `path` in a fresh context; returns the page and the errors it raised. */
async function open(path: string, options: Parameters<typeof openWatchedPage>[1] = {}) {
  const watched = await openWatchedPage(browser, options);
  await watched.page.goto(new URL(path.slice(1), siteUrl).href, { waitUntil: 'networkidle' });
  return watched;
}

function workload(snapshot: Snapshot, name: string) {
  const found = snapshot.workloads.find((w) => w.name === name || w.name.startsWith(`${name}-`));
  if (!found) throw new Error(`the latest snapshot has no workload ${name}`);
  return found;
}

describe('every page of the built site', () => {
  it('builds the runbook pages and the コマンド集', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/troubleshooting/', '/backup/', '/monitoring/', '/security/', '/static-pods/', '/commands/', '/commands/troubleshooting/']));
  });

  it.each(pages.filter((path) => path !== '/404.html'))('%s: no page errors, no horizontal overflow at 375px, every command block anchored', async (path) => {
    const { page, errors, close } = await open(path, { viewport: { width: 375, height: 800 } });
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
      blocksWithoutAnchor: [...document.querySelectorAll('[data-command-block]')]
        .filter((block) => !block.id && !document.getElementById(block.getAttribute('aria-labelledby') ?? ''))
        .map((block) => block.textContent?.slice(0, 60)),
      duplicateIds: [...document.querySelectorAll('[id]')].map((el) => el.id).filter((id, i, ids) => ids.indexOf(id) !== i),
    }));
    await close();
    expect(errors).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    expect(layout.blocksWithoutAnchor).toEqual([]);
    expect(layout.duplicateIds).toEqual([]);
  });
});

describe('the 404 page (src/pages/404.astro)', () => {
  it('answers a missing path with status 404 and Starlight\'s Japanese text, out of search', async () => {
    const watched = await openWatchedPage(browser);
    const response = await watched.page.goto(new URL('no-such-page/', siteUrl).href, { waitUntil: 'networkidle' });
    const shown = { status: response?.status(), title: await watched.page.title(), text: (await watched.page.locator('main').innerText()).trim(), indexed: await watched.page.locator('[data-pagefind-body]').count() };
    await watched.close();
    expect(watched.errors).toEqual([expect.stringMatching(/^console: Failed to load resource: the server responded with a status of 404\b/)]);
    expect(shown).toEqual({ status: 404, title: '404 | kube-system ランブック', text: '404\nページが見つかりません。 URL を確認するか、検索バーを使用してみてください。', indexed: 0 });
  });
});

describe('live facts from the latest snapshot', () => {
  const snapshot = latest;

  it('the Pod一覧 shows restarts and replicas as the snapshot has them', async () => {
    const { page, close } = await open('/');
    const kcm = workload(snapshot, 'kube-controller-manager');
    const coredns = workload(snapshot, 'coredns');
    const cells = async (w: typeof kcm) => page.locator(`tbody[data-workload="${w.kind}/${w.name}"] tr.pod-table__workload > *`).allInnerTexts();
    const kcmCells = await cells(kcm);
    const corednsCells = await cells(coredns);
    await close();
    // Cells: Pod名 (with the type folded under it), レプリカ, ステータス, 稼働期間, 再起動回数.
    expect(kcmCells[4]?.trim()).toMatch(new RegExp(`^${kcm.restarts}\\b`));
    expect(corednsCells[1]?.trim()).toBe(`${coredns.ready}/${coredns.desired}`);
    // The browser tests build from the shipped examples (history.test.ts pins them too): pin the seed's numbers.
    expect([snapshot.source, kcm.restarts, corednsCells[1]?.trim()]).toEqual(['example', 392, '2/2']);
  });

  it('the troubleshooting page has a section for every findings topic', async () => {
    const { page, close } = await open('/troubleshooting/');
    const headings = await page.evaluate((topics) => topics.map((topic) => document.getElementById(topic)?.tagName ?? null), [...TROUBLESHOOTING_TOPICS]);
    await close();
    expect(Object.fromEntries(TROUBLESHOOTING_TOPICS.map((topic, i) => [topic, headings[i]]))).toEqual(Object.fromEntries(TROUBLESHOOTING_TOPICS.map((topic) => [topic, 'H2'])));
  });

  it('the コマンド集 has the sealed-secrets key backup command with the current key name, linked to its page', async () => {
    const key = liveValue('sealedSecretsKey', snapshot);
    expect(key.known).toBe(true);
    const { page, close } = await open('/commands/');
    const command = `kubectl get secret -n kube-system ${key.value} -o yaml > sealed-secrets-key-backup.yaml`;
    const entries = page.locator('.command-entry', { hasText: command });
    const found = await entries.evaluateAll((list) =>
      list.map((entry) => ({ code: entry.querySelector('pre')?.textContent?.trim(), link: entry.querySelector('.command-entry__source a')?.getAttribute('href') })),
    );
    await close();
    expect(found).toContainEqual({ code: command, link: '/backup/#cmd-sealed-secrets-key-backup' });
  });

  it('the コマンド集 lists exactly the command blocks of the pages, each linked to its block, with the same filled text', async () => {
    const runbookPages = pages.filter((path) => !/^\/(commands|history)\/|^\/404\.html$/.test(path));
    const { page, close } = await open('/commands/');
    const { listed, onPages } = await page.evaluate(async (paths) => {
      const entry = (href: string | null | undefined, block: Element) => `${href} ${block.querySelector('pre')?.textContent}`;
      const listed = [...document.querySelectorAll('.command-entry')].map((e) => entry(e.querySelector('.command-entry__source a')?.getAttribute('href'), e.querySelector('[data-command-block]')!));
      const onPages = await Promise.all(
        paths.map(async (path) => {
          const html = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
          return [...html.querySelectorAll('[data-command-block]')].map((block) => entry(`${path}#${block.id}`, block));
        }),
      );
      return { listed, onPages: onPages.flat() };
    }, runbookPages);
    await close();
    expect(onPages.length).toBeGreaterThan(20);
    expect([...listed].sort()).toEqual([...onPages].sort());
  });

  it('the copy button copies the filled command', async () => {
    const { page, close } = await open('/backup/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const block = page.locator('#cmd-sealed-secrets-key-backup');
    await block.hover();
    await block.locator('.copy button').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await close();
    expect(copied.trim()).toBe(`kubectl get secret -n kube-system ${liveValue('sealedSecretsKey', snapshot).value} -o yaml > sealed-secrets-key-backup.yaml`);
  });

  it('the Static Pod page shows the control-plane node\'s manifests from the snapshot', async () => {
    const { page, close } = await open('/static-pods/');
    const tree = await page.locator('[data-static-pods]').innerText();
    await close();
    const node = liveValue('controlPlaneNode', snapshot).value;
    expect(tree).toContain(`${node} の /etc/kubernetes/manifests/`);
    const staticPods = snapshot.pods.filter((p) => p.workload.kind === 'StaticPod').map((p) => p.name);
    expect(staticPods).toHaveLength(4);
    for (const pod of staticPods) expect(tree).toContain(pod);
  });
});
