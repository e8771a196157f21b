import { describe, expect, it } from 'vitest';
import MetricsEndpoints from '../../src/components/ops/MetricsEndpoints.astro';
import StaticPodTree from '../../src/components/ops/StaticPodTree.astro';
import { buildGap, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';

describe.each([
  ['MetricsEndpoints', MetricsEndpoints, { services: [] }, 'services', 'メトリクス用のポートを公開している Service はありません。'],
  ['StaticPodTree', StaticPodTree, { pods: [], workloads: [] }, 'pods', 'このスナップショットには Static Pod がありません。'],
])('%s with nothing to show', (_, Component, empty, resource, none) => {
  it('says 不明 with why when the snapshot could not read it', async () => {
    const gap = buildGap({ resource, message: `${resource} is forbidden` });
    const text = textOf(await render(Component, { live: liveOf([seedSnapshot({ ...empty, gaps: [gap] })], NOW) }));
    expect(text).toContain(`不明`);
    expect(text).toContain(`${resource} is forbidden`);
    expect(text).not.toContain(none);
  });

  it('says there are none when it was read', async () => {
    expect(textOf(await render(Component, { live: liveOf([seedSnapshot(empty)], NOW) }))).toContain(none);
  });
});
