import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_GLOBS, HISTORY_URL, newestSnapshotIds, precachedHistory } from '../../src/site/offline/precache-policy.ts';

const NEWEST = ['2026-11-24T09-30-00Z', '2026-11-25T00-00-00Z'];

describe('what the first visit precaches', () => {
  it.each([
    ['index.html', true],
    ['backup/index.html', true],
    ['commands/etcd/index.html', true],
    ['pagefind/pagefind.js', true],
    ['pagefind/fragment/ja_1234.pf_fragment', true],
    ['pagefind-relaxed/pagefind.js', true],
    ['_astro/compare.abc123.js', true],
    ['404.html', true],
    ['history/snapshot/index.html', true],
    ['snapshots/2026-11-24T09-30-00Z.json.gz', true],
    ['history/2026-11-24T09-30-00Z/index.html', true],
    ['snapshots/2026-11-25T00-00-00Z.json.gz', true],
    ['snapshots/2026-11-23T09-30-00Z.json.gz', false],
    ['history/2026-11-23T09-30-00Z/index.html', false],
    ['history/index.html', false],
    ['history/compare/index.html', false],
    ['snapshots/index.json', false],
  ])('%s -> %s', (file, expected) => {
    // Workbox globs every file but history, then adds precachedHistory by name.
    const history = HISTORY_GLOBS.some((glob) => matchesGlob(file, glob));
    expect(!history || precachedHistory(NEWEST).includes(file)).toBe(expected);
  });

  it("names the snapshot view, then each newest snapshot's data and page", () => {
    expect(precachedHistory(NEWEST)).toEqual([
      'history/snapshot/index.html',
      'snapshots/2026-11-24T09-30-00Z.json.gz',
      'history/2026-11-24T09-30-00Z/index.html',
      'snapshots/2026-11-25T00-00-00Z.json.gz',
      'history/2026-11-25T00-00-00Z/index.html',
    ]);
    expect(precachedHistory([])).toEqual(['history/snapshot/index.html']);
  });

  it('takes the newest snapshot of each cluster from snapshots/index.json', () => {
    const snapshot = (id: string) => ({ id, capturedAt: '', path: '', page: '' });
    expect(
      newestSnapshotIds({
        schemaVersion: 2,
        clusters: [
          { key: 'a', name: 'a', namespace: 'kube-system', snapshots: [snapshot('2026-11-23T09-30-00Z'), snapshot('2026-11-24T09-30-00Z')] },
          { key: 'b', name: 'b', namespace: 'kube-system', snapshots: [snapshot('2026-11-25T00-00-00Z')] },
        ],
      }),
    ).toEqual(NEWEST);
  });

  it.each([
    ['http://127.0.0.1:4173/history/', true],
    ['http://127.0.0.1:4173/history/snapshot/?id=2026-11-23T09-30-00Z', true],
    ['http://127.0.0.1:4173/docs/snapshots/2026-11-23T09-30-00Z.json.gz', true],
    ['http://127.0.0.1:4173/troubleshooting/', false],
    ['http://127.0.0.1:4173/pagefind/pagefind.js', false],
  ])('%s is history, cached as viewed: %s', (url, expected) => {
    expect(HISTORY_URL.test(url)).toBe(expected);
  });
});
