import { describe, expect, it } from 'vitest';
import ClusterShape from '../../src/components/ClusterShape.astro';
import Findings from '../../src/components/Findings.astro';
import ForShape from '../../src/components/ForShape.astro';
import ResourceDetails from '../../src/components/ResourceDetails.astro';
import SmallArm from '../../src/components/SmallArm.astro';
import AlertRunbook from '../../src/site/alerts/AlertRunbook.astro';
import LiveCommand from '../../src/site/commands/LiveCommand.astro';
import { ALERTS } from '../../src/snapshot/alerts/catalogue.ts';
import { shapeSnapshot, type ShapeFixture } from '../support/shape-fixtures.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

const NOW = '2026-11-28T00:00:00Z';
const live = async (name: ShapeFixture) => liveOf([await shapeSnapshot(name)], NOW);
const seed = () => liveOf([seedSnapshot()], '2026-11-25T00:00:00Z');

describe('ClusterShape', () => {
  it('shows the distribution, where the control plane runs and the facts it was read from', async () => {
    expect(textOf(await render(ClusterShape, { live: await live('gke') }))).toBe(
      '種類 Google Kubernetes Engine(マネージド) コントロールプレーン クラウド事業者が運用(クラスタのノード上にはない) データストア クラウド事業者が運用(利用者からは見えない) 判断の根拠 ノード gke-gar-1-pool-1-dce25db1-2mm5 の kubelet バージョンが v1.30.5-gke.1014001 コントロールプレーンの Pod が kube-system にない',
    );
    expect(textOf(await render(ClusterShape, { live: seed() }))).toContain('種類 kubeadm コントロールプレーン クラスタのノード上の Static Pod');
  });
});

describe('control-plane component pages on clusters without control-plane pods', () => {
  it.each(['eks', 'k3s'] as const)('%s: says where etcd runs, with neither ❓ 不明 nor ✅', async (name) => {
    const l = await live(name);
    const text = textOf((await render(ResourceDetails, { live: l, component: 'etcd' })) + (await render(Findings, { live: l, component: 'etcd' })));
    expect(text).not.toContain('不明');
    expect(text).not.toContain('✅');
    expect(text).toContain(name === 'eks' ? 'クラウド事業者が運用しています' : 'k3s プロセス');
  });

  it('the seed still shows its etcd static pod with the manifest path and ✅', async () => {
    const text = textOf((await render(ResourceDetails, { live: seed(), component: 'etcd' })) + (await render(Findings, { live: seed(), component: 'etcd' })));
    expect(text).toContain('/etc/kubernetes/manifests/etcd.yaml');
    expect(text).toContain('✅');
  });

  it('GKE: the CoreDNS page names the kube-dns Deployment it found; the kube-proxy page shows the static pods', async () => {
    const l = await live('gke');
    expect(textOf(await render(ResourceDetails, { live: l, component: 'coredns' }))).toContain('Deployment kube-dns');
    const proxy = textOf(await render(ResourceDetails, { live: l, component: 'kube-proxy' }));
    expect(proxy).toContain('Static Pod kube-proxy-gke-gar-1-pool-1-dce25db1-2mm5');
    expect(proxy).toContain('Static Pod kube-proxy-gke-gar-1-pool-1-dce25db1-7qkt');
  });
});

describe('commands and text per shape', () => {
  const ssh = { code: 'ssh {{controlPlaneNode}}\nsudo crictl ps', lang: 'bash', meta: 'title="ノードに入る" shapes=kubeadm nodes=each', where: 'x.mdx' };
  it('a kubeadm-only command shows on kubeadm (without shapes= in its frame) and nowhere else', async () => {
    const html = await render(LiveCommand, { ...ssh, live: seed() });
    expect(textOf(html)).toContain('ssh rpi-master-1');
    expect(html).not.toContain('shapes=');
    expect(html).not.toContain('nodes=');
    for (const name of ['eks', 'gke', 'k3s', 'kind'] as const) expect(await render(LiveCommand, { ...ssh, live: await live(name) })).toBe('');
  });

  it('a misspelt shape stops the build, naming the page', async () => {
    await expect(render(LiveCommand, { ...ssh, meta: 'shapes=kubeadmm', live: seed() })).rejects.toThrow('x.mdx: unknown cluster shape "kubeadmm"');
  });

  it('ForShape shows its content for matching shapes only; not= excludes', async () => {
    const slots = { default: 'TEXT' };
    const container = await import('astro/container').then((m) => m.experimental_AstroContainer.create());
    const show = async (props: Record<string, unknown>) => textOf(await container.renderToString(ForShape, { props, slots }));
    expect(await show({ is: 'k3s', live: await live('k3s') })).toBe('TEXT');
    expect(await show({ is: 'static-pods', live: await live('kind') })).toBe('TEXT');
    expect(await show({ is: 'static-pods', live: await live('eks') })).toBe('');
    expect(await show({ not: 'managed', live: await live('gke') })).toBe('');
    expect(await show({ is: 'kubeadm', live: liveOf([], NOW) })).toBe('');
    expect(await show({ is: 'unknown', live: liveOf([], NOW) })).toBe('TEXT');
  });

  it('Raspberry Pi advice only for small ARM nodes', async () => {
    expect(textOf(await render(SmallArm, { yes: 'SD カード', no: 'ディスク', live: seed() }))).toBe('SD カード');
    expect(textOf(await render(SmallArm, { yes: 'SD カード', no: 'ディスク', live: await live('eks') }))).toBe('ディスク');
  });
});

describe('alert pages per shape', () => {
  const apiDown = ALERTS.find((a) => a.name === 'KubeAPIDown')!;
  const remedyOf = async (l: Awaited<ReturnType<typeof live>>) => textOf(await render(AlertRunbook, { alert: apiDown, live: l })).split('対処')[1]!.split('関連するページ')[0]!;

  it('kube-apiserver down: the kubeadm remedy on the seed, the provider on EKS and GKE, k3s\'s service on k3s', async () => {
    const seedRemedy = await remedyOf(seed());
    expect(seedRemedy).toContain('/etc/kubernetes/manifests/kube-apiserver.yaml');
    expect(seedRemedy).toContain('crictl ps -a');
    for (const name of ['eks', 'gke'] as const) {
      const remedy = await remedyOf(await live(name));
      expect(remedy).toContain('コントロールプレーンはクラウド事業者が運用しており');
      expect(remedy).not.toMatch(/\/etc\/kubernetes|crictl|ノードに入り/);
    }
    const k3s = await remedyOf(await live('k3s'));
    expect(k3s).toContain('journalctl -u k3s');
    expect(k3s).not.toMatch(/\/etc\/kubernetes|crictl/);
  });
});

