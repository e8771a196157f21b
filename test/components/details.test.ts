import { describe, expect, it } from 'vitest';
import KubeProxyMode from '../../src/components/KubeProxyMode.astro';
import LiveValue from '../../src/components/LiveValue.astro';
import ResourceDetails from '../../src/components/ResourceDetails.astro';
import SecretList from '../../src/components/SecretList.astro';
import ServiceTable from '../../src/components/ServiceTable.astro';
import { buildConfigMap, buildSecret, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const seed = liveOf([seedSnapshot()], NOW);
const withKubeProxyConfig = (text: string) =>
  liveOf([seedSnapshot({ configMaps: [buildConfigMap({ name: 'kube-proxy', keys: ['config.conf'], data: { 'config.conf': text } })] })], NOW);

describe('ResourceDetails', () => {
  it.each([
    ['etcd', 'タイプ Static Pod (マニフェスト: /etc/kubernetes/manifests/etcd.yaml) ノード rpi-master-1 稼働期間 12日 再起動回数 1回 イメージ registry.k8s.io/etcd:3.5.15-0'],
    ['kube-proxy', 'タイプ DaemonSet Pod数 3 (control-plane×1, worker×2) ノード rpi-master-1, rpi-worker-1, rpi-worker-2 稼働期間 12日 再起動回数 0回 イメージ registry.k8s.io/kube-proxy:v1.31.2'],
    ['coredns', 'タイプ Deployment レプリカ数 2(Ready 2/2) ノード rpi-master-1 稼働期間 12日 再起動回数 0回 イメージ registry.k8s.io/coredns/coredns:v1.11.3'],
  ] as const)('%s', async (component, expected) => {
    const text = textOf(await render(ResourceDetails, { live: seed, component }));
    expect(text).toBe(`サンプル rpi-cluster / 2026/11/24 18:30 JST(1日前)時点 ${expected}`);
  });

  it('puts a finding badge next to a restart count that a finding is about', async () => {
    const html = await render(ResourceDetails, { live: seed, component: 'kube-controller-manager' });
    expect(textOf(html)).toContain('再起動回数 392回 ⛔ 重大: kube-controller-manager-rpi-master-1 の再起動回数が多い');
    expect(html).toMatch(/class="finding-badge finding-badge--critical" href="\/troubleshooting\/#restarts"/);
  });

  it('says 不明 when the component is not in the snapshot', async () => {
    const empty = liveOf([seedSnapshot({ pods: [], workloads: [] })], NOW);
    expect(textOf(await render(ResourceDetails, { live: empty, component: 'etcd' }))).toContain('❓ 不明(最新のスナップショットに etcd が見つかりません。)');
  });
});

describe('ServiceTable', () => {
  it.each([
    [{ component: 'coredns' }, 'kube-dns ClusterIP 10.96.0.10 53/UDP 53/TCP 9153/TCP'],
    [{ component: 'sealed-secrets' }, 'sealed-secrets-controller ClusterIP 10.96.240.246 8080/TCP sealed-secrets-controller-metrics ClusterIP 10.103.186.200 8081/TCP'],
    [{ api: true }, 'kubernetes ClusterIP 10.96.0.1 443/TCP'],
  ])('%j', async (props, rows) => {
    const text = textOf(await render(ServiceTable, { live: seed, ...props }));
    expect(text).toBe(`サンプル rpi-cluster / 2026/11/24 18:30 JST(1日前)時点 名前 タイプ ClusterIP ポート ${rows}`);
  });
});

describe('KubeProxyMode', () => {
  it.each([
    ['mode: ""\n', 'モード iptables(config.conf の mode が空のため既定値)'],
    ['mode: ipvs\n', 'モード ipvs'],
    ['mode: [broken', 'モード ❓ 不明(kube-proxy / config.conf) — 理由: スナップショットに記録されていません'],
  ])('%j', async (config, expected) => {
    expect(textOf(await render(KubeProxyMode, { live: withKubeProxyConfig(config) }))).toContain(expected);
  });
});

describe('SecretList', () => {
  it('lists names, types, key counts and ages, never values, filtered by label', async () => {
    const live = liveOf([seedSnapshot({ secrets: [...seedSnapshot().secrets, buildSecret({ name: 'bootstrap-token-abcdef', type: 'bootstrap.kubernetes.io/token', keyCount: 6 })] })], NOW);
    const all = textOf(await render(SecretList, { live }));
    expect(all).toContain('bootstrap-token-abcdef bootstrap.kubernetes.io/token 6');
    expect(all).toContain('sealed-secrets-keygs4s4 kubernetes.io/tls 2 12日');
    const keys = textOf(await render(SecretList, { live, label: 'sealedsecrets.bitnami.com/sealed-secrets-key' }));
    expect(keys).toContain('sealed-secrets-keygs4s4active kubernetes.io/tls 2 12日');
    expect(keys).not.toContain('bootstrap-token');
  });
});

describe('LiveValue', () => {
  it('shows the snapshot value, or the hint marked unknown', async () => {
    expect(await render(LiveValue, { live: seed, name: 'kubeDnsIP' })).toMatch(/<code class="live-value" data-live-value="kubeDnsIP"[^>]*>10\.96\.0\.10<\/code>/);
    const none = liveOf([], NOW);
    expect(await render(LiveValue, { live: none, name: 'sealedSecretsKey' })).toMatch(/live-value--unknown[^>]*>&lt;sealed-secrets鍵のSecret名&gt;<\/code>/);
  });

  it('stops the build on a name that does not exist', async () => {
    await expect(render(LiveValue, { live: seed, name: 'kubeDnsIp' })).rejects.toThrow('<LiveValue name="kubeDnsIp">: unknown value');
  });
});
