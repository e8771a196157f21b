import { describe, expect, it } from 'vitest';
import ClusterInfoFacts from '../../src/components/ClusterInfoFacts.astro';
import ConfigMapList from '../../src/components/ConfigMapList.astro';
import ConfigText from '../../src/components/ConfigText.astro';
import KubeProxyMode from '../../src/components/KubeProxyMode.astro';
import NodeTable from '../../src/components/NodeTable.astro';
import MetricsEndpoints from '../../src/components/ops/MetricsEndpoints.astro';
import StaticPodTree from '../../src/components/ops/StaticPodTree.astro';
import SealedSecretList from '../../src/components/SealedSecretList.astro';
import SecretList from '../../src/components/SecretList.astro';
import ServiceTable from '../../src/components/ServiceTable.astro';
import type { Snapshot } from '../../src/snapshot/schema.ts';
import { buildGap, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const CAPTION = 'サンプル rpi-cluster / 2026/11/24 18:30 JST(1日前)時点';

/** A live table, the snapshot fields that leave it with nothing to show, and what it says then. */
type EmptyCase = [name: string, component: unknown, props: Record<string, unknown>, empty: Partial<Snapshot>, resource: string, what: string | null, none: string];

describe.each<EmptyCase>([
  ['NodeTable', NodeTable, {}, { nodes: [] }, 'nodes', null, 'ノードの情報はありません。'],
  ['ConfigMapList', ConfigMapList, {}, { configMaps: [] }, 'configmaps', null, 'ConfigMap はありません。'],
  ['SecretList', SecretList, {}, { secrets: [] }, 'secrets', null, 'Secret はありません。'],
  ['SealedSecretList', SealedSecretList, {}, { sealedSecrets: [] }, 'sealedsecrets.bitnami.com', 'SealedSecret', 'SealedSecret はありません。'],
  ['ServiceTable', ServiceTable, {}, { services: [] }, 'services', null, '該当する Service はありません。'],
  ['ServiceTable api', ServiceTable, { api: true }, { apiService: null }, 'default/services/kubernetes', null, '該当する Service はありません。'],
  ['MetricsEndpoints', MetricsEndpoints, {}, { services: [] }, 'services', null, 'メトリクス用のポートを公開している Service はありません。'],
  ['StaticPodTree', StaticPodTree, {}, { pods: [], workloads: [] }, 'pods', null, 'このスナップショットには Static Pod がありません。'],
])('%s with nothing to show', (_, Component, props, empty, resource, what, none) => {
  const shown = async (overrides: Partial<Snapshot>) =>
    render(Component as Parameters<typeof render>[0], { live: liveOf([seedSnapshot({ ...empty, ...overrides })], NOW), ...props });

  it('says 不明 with why when the snapshot could not read it', async () => {
    const html = await shown({ gaps: [buildGap({ resource, message: `${resource} is forbidden` })] });
    expect(html).not.toContain('<table');
    expect(textOf(html)).toBe(`${CAPTION} ❓ 不明${what ? `(${what})` : ''} — 理由: 権限がありません (HTTP 403): ${resource} is forbidden`);
  });

  it('says there are none when it was read', async () => {
    const html = await shown({ gaps: [buildGap({ resource: 'events' })] });
    expect(html).not.toContain('<table');
    expect(textOf(html)).toBe(`${CAPTION} ${none}`);
  });

  it('says there is no snapshot when there is none', async () => {
    expect(textOf(await render(Component as Parameters<typeof render>[0], { live: liveOf([], NOW), ...props }))).toBe('スナップショットがないため表示できません。');
  });
});

/** A single fact the snapshot may lack: it has no "none", only 不明 (with the gap's why, or "not recorded"). */
type UnknownCase = [name: string, component: unknown, props: Record<string, unknown>, missing: Partial<Snapshot>, resource: string, what: string];

describe.each<UnknownCase>([
  ['ClusterInfoFacts', ClusterInfoFacts, {}, { clusterInfo: null }, 'kube-public/configmaps/cluster-info', 'cluster-info'],
  ['ConfigText', ConfigText, { configMap: 'coredns', dataKey: 'Corefile' }, { configMaps: [] }, 'configmaps', 'coredns / Corefile'],
  ['KubeProxyMode', KubeProxyMode, {}, { configMaps: [] }, 'configmaps', 'kube-proxy / config.conf'],
])('%s without its fact', (_, Component, props, missing, resource, what) => {
  const shown = async (overrides: Partial<Snapshot>) =>
    textOf(await render(Component as Parameters<typeof render>[0], { live: liveOf([seedSnapshot({ ...missing, ...overrides })], NOW), ...props }));

  it('says 不明 with why when the snapshot could not read it', async () => {
    expect(await shown({ gaps: [buildGap({ resource, message: `${resource} is forbidden` })] })).toContain(
      `❓ 不明(${what}) — 理由: 権限がありません (HTTP 403): ${resource} is forbidden`,
    );
  });

  it('says 不明 because the snapshot has no record of it when it was read', async () => {
    expect(await shown({})).toContain(`❓ 不明(${what}) — 理由: スナップショットに記録されていません`);
  });
});
