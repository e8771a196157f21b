import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import CapturedAt from '../../src/components/CapturedAt.astro';
import DiffView from '../../src/components/history/DiffView.astro';
import HistoryTable from '../../src/components/history/HistoryTable.astro';
import { liveOfEntry } from '../../src/site/history-data.ts';
import { BUILT_SNAPSHOT_PAGES } from '../../src/site/history-pages.ts';
import { historyFrom } from '../../src/site/history-view.ts';
import { readStore } from '../../src/snapshot/store.ts';
import { buildGap, patchPod, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

/** The shipped example snapshots, as the build reads them. */
const examples = (await readStore(fileURLToPath(new URL('../../snapshots/', import.meta.url)))).snapshots.map((entry) => entry.snapshot);

/** Cells of each body row of the rendered table, top to bottom. */
function rows(html: string): string[][] {
  const body = html.split('<tbody')[1]!.split('</tbody>')[0]!;
  return body.split('</tr>').slice(0, -1).map((row) => [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => textOf(m[1]!)));
}

describe('HistoryTable', () => {
  it('lists the example snapshots newest first with their real figures', async () => {
    const [cluster] = historyFrom(examples).clusters;
    expect(rows(await render(HistoryTable, { cluster }))).toEqual([
      ['2026/11/24 18:30 JST', '10', '0', '410', '重大 1・警告 1・情報 0', '再起動の増加 12'],
      ['2026/11/23 18:30 JST', '10', '0', '398', '重大 1・警告 1・情報 0', '最初のスナップショット'],
    ]);
  });

  it('links each date to that snapshot’s page', async () => {
    const [cluster] = historyFrom(examples).clusters;
    const html = await render(HistoryTable, { cluster });
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/history/2026-11-24T09-30-00Z/', '/history/2026-11-23T09-30-00Z/']);
  });

  it('links older snapshots, past the built pages, to the browser-drawn view', async () => {
    const at = (i: number) => new Date(Date.parse('2026-01-01T00:00:00Z') + i * 6 * 3_600_000).toISOString().replace('.000Z', 'Z');
    const [cluster] = historyFrom(Array.from({ length: BUILT_SNAPSHOT_PAGES + 2 }, (_, i) => seedSnapshot({ capturedAt: at(i) }))).clusters;
    const hrefs = [...(await render(HistoryTable, { cluster })).matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toHaveLength(BUILT_SNAPSHOT_PAGES + 2);
    expect(hrefs[0]).toBe(`/history/${at(BUILT_SNAPSHOT_PAGES + 1).replaceAll(':', '-')}/`);
    expect(hrefs.slice(-2)).toEqual(['/history/snapshot/?id=2026-01-01T06-00-00Z', '/history/snapshot/?id=2026-01-01T00-00-00Z']);
  });

  it('says 不明 for pod figures of a snapshot that could not read pods', async () => {
    const blind = seedSnapshot({ capturedAt: '2026-11-25T09:30:00Z', pods: [], workloads: [], gaps: [buildGap({ resource: 'pods', message: 'pods is forbidden' })] });
    const [cluster] = historyFrom([seedSnapshot(), blind]).clusters;
    expect(rows(await render(HistoryTable, { cluster }))[0]!.slice(0, 4)).toEqual(['2026/11/25 18:30 JST', '不明', '不明', '不明']);
  });

  it('says when a restart count dropped (pods recreated), which the summary line leaves out', async () => {
    const kcm = 'kube-controller-manager-rpi-master-1';
    const day = (n: number) => `2026-11-2${n}T09:30:00Z`;
    const history = [seedSnapshot({ capturedAt: day(4) }), patchPod(seedSnapshot({ capturedAt: day(5) }), kcm, { restarts: 2 }), patchPod(seedSnapshot({ capturedAt: day(6) }), kcm, { restarts: 1 })];
    const [cluster] = historyFrom(history).clusters;
    expect(rows(await render(HistoryTable, { cluster })).map((cells) => cells[5])).toEqual([
      '再起動回数のリセット 1',
      '解消した指摘 1・再起動回数のリセット 1',
      '最初のスナップショット',
    ]);
  });

  it('keeps another cluster’s snapshots in their own history', () => {
    const other = seedSnapshot({ capturedAt: '2026-11-25T09:30:00Z', cluster: { name: 'lab', server: null, version: 'v1.32.0' } });
    const view = historyFrom([...examples, other]);
    expect(view.clusters.map((c) => [c.key, c.entries.map((e) => e.id)])).toEqual([
      ['lab', ['2026-11-25T09-30-00Z']],
      ['rpi-cluster', ['2026-11-23T09-30-00Z', '2026-11-24T09-30-00Z']],
    ]);
    expect(view.byId.get('2026-11-25T09-30-00Z')!.entry.diff).toBeNull();
  });

  it('escapes a cluster name instead of trusting it as HTML', async () => {
    const [cluster] = historyFrom([seedSnapshot({ cluster: { name: '<img src=x onerror=alert(1)>', server: null, version: null } })]).clusters;
    const html = await render(HistoryTable, { cluster });
    expect(html.replace(/="[^"]*"/g, '')).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('DiffView', () => {
  it('shows the example comparison: kube-controller-manager 380 → 392, +12', async () => {
    const entry = historyFrom(examples).byId.get('2026-11-24T09-30-00Z')!.entry;
    const html = await render(DiffView, { diff: entry.diff });
    const restarts = textOf(html.split('data-diff-section="restarts"')[1]!.split('</section>')[0]!);
    expect(textOf(html.split('</p>')[0]!)).toBe('再起動の増加 12');
    expect(restarts).toContain('kube-controller-manager-rpi-master-1(Static Pod): 380 → 392 回(+12)');
  });
});

describe('a past snapshot on its page', () => {
  it('is shown as history, without the stale warning the latest would get', async () => {
    const live = liveOf(examples, '2027-01-01T00:00:00Z');
    const entry = historyFrom(examples).byId.get('2026-11-23T09-30-00Z')!.entry;
    expect(textOf(await render(CapturedAt, { live }))).toContain('古いデータ');
    const past = textOf(await render(CapturedAt, { live: liveOfEntry(entry, live) }));
    expect(past).toContain('2026/11/23 18:30 JST');
    expect(past).not.toContain('古いデータ');
  });
});
