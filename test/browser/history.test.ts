import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openWatchedPage, type WatchedPage } from './chromium.ts';

const siteUrl = inject('siteUrl');
const OLDER = '2026-11-23T09-30-00Z';
const NEWER = '2026-11-24T09-30-00Z';
const KCM_LINE = 'kube-controller-manager-rpi-master-1(Static Pod): 380 → 392 回(+12)';

let browser: Browser;
let watched: WatchedPage;

beforeAll(async () => {
  browser = await launchChromium();
  // No service worker: its precaching (the offline tests' subject) would race these navigations.
  watched = await openWatchedPage(browser, { serviceWorkers: 'block' });
});

afterAll(async () => {
  await watched?.close();
  await browser?.close();
});

/** Waits until the compare page has rendered the diff from `from` to `to`, and returns its lines. */
async function comparison(page: Page, from: string, to: string): Promise<string[]> {
  await page.waitForFunction(
    ([f, t]) => {
      const result = document.querySelector<HTMLElement>('[data-compare-result]');
      const view = result?.querySelector<HTMLElement>('.diff-view');
      return result?.dataset.state === 'ready' && view?.dataset.from === f && view?.dataset.to === t;
    },
    [from.replace(/T(\d\d)-(\d\d)-(\d\d)Z/, 'T$1:$2:$3Z'), to.replace(/T(\d\d)-(\d\d)-(\d\d)Z/, 'T$1:$2:$3Z')],
    { timeout: 10_000 },
  );
  return page.$$eval('[data-compare-result] li', (items) => items.map((li) => li.textContent ?? ''));
}

describe('history pages on the built site', () => {
  it('履歴 lists the snapshots newest first and is in the sidebar', async () => {
    const { page } = watched;
    await page.goto(new URL('history/', siteUrl).href);
    expect(await page.$$eval('table.history-table tbody tr', (rows) => rows.map((row) => (row as HTMLElement).dataset.snapshot))).toEqual([NEWER, OLDER]);
    expect(await page.locator('nav.sidebar a[href="/history/"]').textContent()).toContain('履歴');
  });

  it('draws one chart per restarting workload, with one point per snapshot', async () => {
    const { page } = watched;
    await page.goto(new URL('history/', siteUrl).href);
    const charts = await page.$$eval('.trend-chart svg[role="img"]', (svgs) =>
      svgs.map((svg) => ({
        workload: svg.closest<HTMLElement>('figure')!.dataset.workload,
        points: Number(svg.getAttribute('data-points')),
        vertices: (svg.querySelector('.trend-chart__line')!.getAttribute('d')!.match(/[ML]/g) ?? []).length,
        label: svg.getAttribute('aria-label'),
        width: svg.getBoundingClientRect().width,
      })),
    );
    expect(charts.map((c) => c.workload)).toEqual([
      'StaticPod/etcd-rpi-master-1',
      'StaticPod/kube-apiserver-rpi-master-1',
      'StaticPod/kube-controller-manager-rpi-master-1',
      'StaticPod/kube-scheduler-rpi-master-1',
    ]);
    for (const chart of charts) {
      expect(chart.points).toBe(2);
      expect(chart.vertices).toBe(2);
      expect(chart.width).toBeGreaterThan(100);
    }
    expect(charts[2]!.label).toContain('380回 → 392回');
  });

  it('a snapshot page shows that snapshot’s tables and its comparison with the previous one', async () => {
    const { page } = watched;
    await page.goto(new URL('history/', siteUrl).href);
    await page.click(`tr[data-snapshot="${NEWER}"] a`);
    await page.waitForURL(`**/history/${NEWER}/`);
    expect(await page.locator('[data-diff-section="restarts"] li').allTextContents()).toContain(KCM_LINE);
    expect(await page.locator('tbody[data-workload="StaticPod/kube-controller-manager-rpi-master-1"] .pod-table__workload td.num').textContent()).toContain('392');
    await page.click('a[rel="prev"]');
    await page.waitForURL(`**/history/${OLDER}/`);
    expect(await page.locator('tbody[data-workload="StaticPod/kube-controller-manager-rpi-master-1"] .pod-table__workload td.num').textContent()).toContain('380');
  });

  it('compare: picking the two example snapshots shows the deltas, computed in the browser, deep-linkable', async () => {
    const { page } = watched;
    await page.goto(new URL('history/compare/', siteUrl).href);
    await page.selectOption('select[name="from"]', OLDER);
    await page.selectOption('select[name="to"]', NEWER);
    const lines = await comparison(page, OLDER, NEWER);
    expect(lines).toContain(KCM_LINE);
    expect(await page.locator('[data-compare-result] .diff-view__summary').textContent()).toBe('再起動の増加 12');
    expect(new URL(page.url()).search).toBe(`?from=${OLDER}&to=${NEWER}`);

    await page.goto(new URL(`history/compare/?from=${NEWER}&to=${OLDER}`, siteUrl).href);
    expect(await comparison(page, NEWER, OLDER)).toContain('kube-controller-manager-rpi-master-1(Static Pod): 392 → 380 回(-12)');
    expect(await page.inputValue('select[name="from"]')).toBe(NEWER);
  });

  it('the browser-drawn view shows an older snapshot as its built page does, from the same core', async () => {
    const { page } = watched;
    await page.goto(new URL(`history/${NEWER}/`, siteUrl).href);
    const builtFindings = await page.locator('.findings__list [data-finding]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.finding));
    const builtDiff = await page.locator('[data-diff-section] li').allTextContents();

    await page.goto(new URL(`history/snapshot/?id=${NEWER}`, siteUrl).href);
    await page.waitForSelector('[data-view-result][data-state="ready"]', { timeout: 10_000 });
    expect(await page.locator('[data-view-result] [data-diff-section] li').allTextContents()).toEqual(builtDiff);
    expect(builtDiff).toContain(KCM_LINE);
    expect(await page.locator('[data-view-result] [data-finding]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.finding))).toEqual(builtFindings);
    expect(builtFindings.length).toBeGreaterThan(0);
    const kcm = await page.locator('.snapshot-pods tbody tr', { hasText: 'kube-controller-manager-rpi-master-1' }).locator('td').allTextContents();
    expect(kcm).toEqual(['kube-controller-manager-rpi-master-1', 'rpi-master-1', 'Running', '1/1', '392']);
    expect(await page.locator('.snapshot-nodes tbody tr').count()).toBe(3);

    await page.click('a[rel="prev"]');
    await page.waitForURL(`**/history/${OLDER}/`);
    await page.goto(new URL(`history/snapshot/?id=${OLDER}`, siteUrl).href);
    await page.waitForSelector('[data-view-result][data-state="ready"]', { timeout: 10_000 });
    expect(await page.locator('[data-view-result]').textContent()).toContain('最初のスナップショットなので');
    expect(await page.locator('.snapshot-pods tbody tr', { hasText: 'kube-controller-manager-rpi-master-1' }).locator('td').last().textContent()).toBe('380');

    await page.goto(new URL('history/snapshot/?id=2020-01-01T00-00-00Z', siteUrl).href);
    await page.waitForSelector('[data-view-result][data-state="error"]', { state: 'attached', timeout: 10_000 });
    expect(await page.locator('[data-view-status]').textContent()).toBe('スナップショット 2020-01-01T00-00-00Z はこのサイトに公開されていません。履歴の一覧から選んでください。');
  });

  it('publishes an index as JSON and each snapshot as gzipped JSON, served as it is', async () => {
    const index = (await (await fetch(new URL('snapshots/index.json', siteUrl))).json()) as { clusters: { key: string; snapshots: { id: string; path: string }[] }[] };
    expect(index.clusters.map((c) => [c.key, c.snapshots.map((s) => s.id)])).toEqual([['rpi-cluster', [OLDER, NEWER]]]);
    const response = await fetch(new URL(index.clusters[0]!.snapshots[1]!.path.slice(1), siteUrl));
    expect([response.headers.get('content-type'), response.headers.get('content-encoding')]).toEqual(['application/gzip', null]);
    const newest = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')) as { capturedAt: string };
    expect(newest.capturedAt).toBe('2026-11-24T09:30:00Z');
  });

  it('the component page shows the small trend in リソース詳細', async () => {
    const { page } = watched;
    await page.goto(new URL('kube-controller-manager/', siteUrl).href);
    const svg = page.locator('.resource-details .trend-chart--small svg[role="img"]');
    expect(await svg.getAttribute('data-points')).toBe('2');
    expect(await svg.getAttribute('aria-label')).toContain('380回 → 392回');
  });

  it('raises no page errors', () => {
    // A request the page itself cancelled by navigating on (lazy search UI script) is not an error.
    expect(watched.errors.filter((error) => !error.endsWith('net::ERR_ABORTED'))).toEqual([]);
  });
});
