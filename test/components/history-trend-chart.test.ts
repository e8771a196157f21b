import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ResourceDetails from '../../src/components/ResourceDetails.astro';
import TrendChart from '../../src/components/history/TrendChart.astro';
import { historyFrom } from '../../src/site/history-view.ts';
import type { Snapshot } from '../../src/snapshot/schema.ts';
import { readStore } from '../../src/snapshot/store.ts';
import { restartTrend } from '../../src/snapshot/trends.ts';
import { generateHistory } from '../../scripts/generate-history.ts';
import { buildGap, patchPod, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

const examples = (await readStore(fileURLToPath(new URL('../../snapshots/', import.meta.url)))).snapshots.map((entry) => entry.snapshot);
const KCM = { kind: 'StaticPod', name: 'kube-controller-manager-rpi-master-1' } as const;

/** The attributes of the chart's <svg> and its line's path commands (`M` starts a segment). */
function chart(html: string) {
  const svg = html.match(/<svg[^>]*>/)![0];
  const attr = (name: string) => svg.match(new RegExp(`${name}="([^"]*)"`))?.[1];
  const line = html.match(/<path d="([^"]*)" class="trend-chart__line/)![1]!;
  return { role: attr('role'), label: attr('aria-label'), points: Number(attr('data-points')), commands: line.match(/[ML]/g) ?? [], title: html.match(/<title>([^<]*)<\/title>/)?.[1] };
}

const day = (n: number) => `2026-11-${String(20 + n).padStart(2, '0')}T09:30:00Z`;
const withKcm = (n: number, restarts: number) => patchPod(seedSnapshot({ capturedAt: day(n) }), KCM.name, { restarts });
const blind = (n: number): Snapshot => seedSnapshot({ capturedAt: day(n), pods: [], workloads: [], gaps: [buildGap({ resource: 'pods', message: 'pods is forbidden' })] });

describe('TrendChart', () => {
  it('draws the example snapshots’ kube-controller-manager restarts with the figures as text', async () => {
    const html = await render(TrendChart, { trend: restartTrend(examples, KCM) });
    const c = chart(html);
    expect(c.role).toBe('img');
    expect(c.points).toBe(2);
    expect(c.commands).toEqual(['M', 'L']);
    expect(c.label).toBe('kube-controller-manager-rpi-master-1(Static Pod) の再起動回数の推移: 2件のスナップショットで 380回 → 392回(最小 380回、最大 392回)');
    expect(c.title).toBe(c.label);
    expect(textOf(html)).toContain('2件のスナップショットで 380回 → 392回');
  });

  it('breaks the line where a snapshot could not read pods, and marks an isolated value with a dot', async () => {
    const history = [withKcm(0, 380), withKcm(1, 385), blind(2), withKcm(3, 392), blind(4), withKcm(5, 400)];
    const html = await render(TrendChart, { trend: restartTrend(history, KCM) });
    const c = chart(html);
    expect(c.points).toBe(4);
    expect(c.commands).toEqual(['M', 'L', 'M', 'M']);
    expect(html.match(/class="trend-chart__dot/g)).toHaveLength(2);
  });

  it('marks a drop (pods recreated) with a diamond and says how many', async () => {
    const html = await render(TrendChart, { trend: restartTrend([withKcm(0, 390), withKcm(1, 3), withKcm(2, 5)], KCM) });
    expect(html.match(/class="trend-chart__reset/g)).toHaveLength(1);
    expect(chart(html).label).toContain('再作成によるリセット 1回');
  });

  it('draws a year of generated daily snapshots as one point per day', async () => {
    const year = generateHistory(examples.at(-1)!, 365);
    const html = await render(TrendChart, { trend: restartTrend(year, KCM) });
    expect(chart(html).points).toBe(365);
    expect(chart(html).commands.filter((c) => c === 'M')).toHaveLength(1);
    expect(chart(html).label).toContain('365件のスナップショットで');
    expect(chart(html).label).toMatch(/→ 392回/);
  });

  it('small: no axis labels, same text alternative', async () => {
    const html = await render(TrendChart, { trend: restartTrend(examples, KCM), small: true });
    expect(html).not.toContain('trend-chart__axes');
    expect(chart(html).label).toContain('380回 → 392回');
  });

  it.each([
    ['380 → 392 spans the plot from bottom to top', [380, 392], 'M3,33 L157,3', ['392回', '380回']],
    ['a drop is drawn within the same range', [390, 3, 5], 'M3,3 L80,33 L157,32.8', ['390回', '3回']],
    ['a flat count keeps the scale from 0, unlabelled', [392, 392], 'M3,3.6 L157,3.6', []],
  ])('small: the y scale is the data’s own range (%s)', async (_, counts, path, labels) => {
    const html = await render(TrendChart, { trend: restartTrend(counts.map((n, i) => withKcm(i, n)), KCM), small: true });
    expect(html.match(/<path d="([^"]*)" class="trend-chart__line/)![1]).toBe(path);
    const range = html.match(/<span class="trend-chart__range[^>]*>([\s\S]*?)<\/span>\s*<svg/)?.[1] ?? '';
    expect([...range.matchAll(/<span[^>]*>([^<]*)<\/span>/g)].map((m) => m[1])).toEqual(labels);
  });
});

describe('ResourceDetails 推移', () => {
  it('shows the restart trend of the component’s workload over the examples', async () => {
    const html = await render(ResourceDetails, { live: liveOf(examples, '2026-11-25T09:30:00Z'), component: 'kube-controller-manager' });
    const row = textOf(html.split('>推移</dt>')[1]!.split('<dt')[0]!);
    expect(row).toContain('2件のスナップショットで 380回 → 392回(最小 380回、最大 392回)');
    expect(row).toMatch(/履歴を見る$/);
    expect(chart(html).points).toBe(2);
  });

  it('leaves the row out when only one snapshot is known', async () => {
    const html = await render(ResourceDetails, { live: liveOf([examples.at(-1)!], '2026-11-25T09:30:00Z'), component: 'kube-controller-manager' });
    expect(textOf(html)).not.toContain('推移');
  });

  it('follows the latest snapshot’s cluster only', async () => {
    const other = seedSnapshot({ capturedAt: '2026-11-25T09:30:00Z', cluster: { name: 'lab', server: null, version: null } });
    const view = historyFrom([...examples, other]);
    expect(view.clusters[0]!.trends.get(`${KCM.kind}/${KCM.name}`)!.points).toHaveLength(1);
    const html = await render(ResourceDetails, { live: liveOf([...examples, other], '2026-11-25T09:30:00Z'), component: 'kube-controller-manager' });
    expect(textOf(html)).not.toContain('推移');
  });
});
