import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALERTS, alertPath } from '../../src/snapshot/alerts/catalogue.ts';
import { launchChromium, openWatchedPage } from './chromium.ts';
import { listSitePages } from './site-files.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const pages = await listSitePages(siteDir);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string) {
  const watched = await openWatchedPage(browser);
  const response = await watched.page.goto(new URL(path.slice(1), siteUrl).href, { waitUntil: 'networkidle' });
  return { ...watched, status: response?.status() };
}

describe('alert pages in the built site', () => {
  it('has a page at the upstream runbook path of every catalogued alert, and a list per group', () => {
    expect(pages).toEqual(expect.arrayContaining([...ALERTS.map(alertPath), '/runbooks/', '/runbooks/kubernetes/', '/runbooks/etcd/', '/runbooks/coredns/', '/runbooks/general/']));
  });

  it.each(ALERTS.map((alert) => [alertPath(alert), alert.name] as const))('%s is the page of %s', async (path, name) => {
    const html = await readFile(join(siteDir, path, 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<h1 id="_top"[^>]*>アラート ${name}</h1>`));
  });

  it('points at the pod and node of the link\'s labels', async () => {
    const { page, errors, close } = await open('/runbooks/kubernetes/kubepodcrashlooping/?namespace=kube-system&pod=kube-controller-manager-rpi-master-1&container=kube-controller-manager&node=rpi-master-1');
    const block = page.locator('[data-alert-labels]');
    await expect.poll(() => block.isVisible()).toBe(true);
    const items = await block.locator('li').allTextContents();
    await close();
    expect(errors).toEqual([]);
    expect(items).toEqual([
      'Pod kube-controller-manager-rpi-master-1: ステータス Running、READY 1/1、再起動 392 回、ノード rpi-master-1',
      'ノード rpi-master-1: Ready',
    ]);
  });

  it('keeps the label block hidden when the link carries no labels', async () => {
    const { page, errors, close } = await open('/runbooks/etcd/etcdnoleader/');
    const hidden = await page.locator('[data-alert-labels]').isHidden();
    await close();
    expect(errors).toEqual([]);
    expect(hidden).toBe(true);
  });

  it('names an alert it does not know on the 404 page and searches the site for it', async () => {
    const { page, close, status } = await open('/runbooks/kubernetes/kubesomethingnew/');
    expect(status).toBe(404);
    const block = page.locator('[data-unknown-alert]');
    await expect.poll(() => block.isVisible()).toBe(true);
    expect(await block.locator('[data-unknown-body]').textContent()).toBe(
      'アラート「kubesomethingnew」はこのサイトのアラート一覧にありません。サイト内を検索するか、アラート別ランブックの一覧から探してください。',
    );
    await block.locator('[data-unknown-search]').click();
    const input = page.locator('#starlight__search input[type="text"]');
    await expect.poll(() => input.inputValue()).toBe('kubesomethingnew');
    await close();
  });

  it('publishes findings.json and metrics.txt for the newest snapshot', async () => {
    const json = JSON.parse(await readFile(join(siteDir, 'findings.json'), 'utf8'));
    expect(json.findings.map((f: { rule: string }) => f.rule)).toContain('restarts-high');
    const metrics = await readFile(join(siteDir, 'metrics.txt'), 'utf8');
    expect(metrics).toMatch(/^kube_runbook_snapshot_captured_timestamp_seconds\{cluster="[^"]+"\} \d+$/m);
  });
});
