import { describe, expect, it } from 'vitest';
import { snapshotIndex } from '../../src/site/history-index.ts';
import { BUILT_SNAPSHOT_PAGES, hasBuiltPage, snapshotPage } from '../../src/site/history-pages.ts';
import { historyFrom } from '../../src/site/history-view.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

/** `count` snapshots of the seed cluster, six hours apart (the CronJob's schedule), oldest first. */
const everySixHours = (count: number) =>
  Array.from({ length: count }, (_, i) => seedSnapshot({ capturedAt: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 6 * 3_600_000).toISOString().replace('.000Z', 'Z') }));

describe('which snapshots get a built page', () => {
  it.each([
    [0, 1, true],
    [0, BUILT_SNAPSHOT_PAGES, true],
    [0, BUILT_SNAPSHOT_PAGES + 1, false],
    [1, BUILT_SNAPSHOT_PAGES + 1, true],
    [1459, 1460, true],
    [1460 - BUILT_SNAPSHOT_PAGES - 1, 1460, false],
  ])('index %i of %i snapshots -> %s', (index, count, built) => {
    expect(hasBuiltPage(index, count)).toBe(built);
  });

  it('names the built page or the browser-drawn view', () => {
    expect(snapshotPage('2026-11-24T09-30-00Z', true)).toBe('/history/2026-11-24T09-30-00Z/');
    expect(snapshotPage('2026-11-24T09-30-00Z', false)).toBe('/history/snapshot/?id=2026-11-24T09-30-00Z');
  });

  it('builds pages for the newest snapshots of each cluster only; the index gives every snapshot its view', () => {
    const snapshots = everySixHours(BUILT_SNAPSHOT_PAGES + 3);
    const view = historyFrom(snapshots);
    const entries = view.clusters[0]!.entries;
    expect(entries.map((e) => e.built)).toEqual([false, false, false, ...Array<boolean>(BUILT_SNAPSHOT_PAGES).fill(true)]);
    expect(entries[0]!.page).toBe('/history/snapshot/?id=2026-01-01T00-00-00Z');
    expect(entries.at(-1)!.page).toBe(`/history/${entries.at(-1)!.id}/`);

    const index = snapshotIndex(view, '/docs');
    const listed = index.clusters[0]!.snapshots;
    expect(listed).toHaveLength(BUILT_SNAPSHOT_PAGES + 3);
    expect(listed[0]).toEqual({
      id: '2026-01-01T00-00-00Z',
      capturedAt: '2026-01-01T00:00:00Z',
      path: '/docs/snapshots/2026-01-01T00-00-00Z.json.gz',
      page: '/docs/history/snapshot/?id=2026-01-01T00-00-00Z',
    });
    expect(listed.at(-1)!.page).toBe(`/docs/history/${listed.at(-1)!.id}/`);
  });
});
