import { describe, expect, it } from 'vitest';
import { groupByCluster } from '../../src/snapshot/history.ts';
import { buildSnapshot } from '../support/snapshot-builder.ts';

describe('groupByCluster', () => {
  it.each([
    ['whole seconds', ['2026-11-24T09:30:00Z', '2026-11-23T09:30:00Z', '2026-11-25T09:30:00Z'], ['2026-11-23T09:30:00Z', '2026-11-24T09:30:00Z', '2026-11-25T09:30:00Z']],
    // As text `…00.500Z` sorts before `…00Z`; as instants it is half a second later.
    ['a fraction from --captured-at', ['2026-11-24T09:30:00.500Z', '2026-11-24T09:30:00Z'], ['2026-11-24T09:30:00Z', '2026-11-24T09:30:00.500Z']],
  ])('puts snapshots oldest first (%s)', (_, times, expected) => {
    const [history] = groupByCluster(times.map((capturedAt) => buildSnapshot({ capturedAt })));
    expect(history!.snapshots.map((s) => s.capturedAt)).toEqual(expected);
  });

  it('puts the cluster with the newest snapshot first', () => {
    const a = buildSnapshot({ capturedAt: '2026-11-24T09:30:00.500Z', cluster: { name: 'a', server: null, version: null } });
    const b = buildSnapshot({ capturedAt: '2026-11-24T09:30:00Z', cluster: { name: 'b', server: null, version: null } });
    expect(groupByCluster([b, a]).map((h) => h.cluster)).toEqual(['a', 'b']);
  });
});
