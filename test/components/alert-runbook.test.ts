import { describe, expect, it } from 'vitest';
import AlertRunbook from '../../src/site/alerts/AlertRunbook.astro';
import { ALERTS, type AlertName } from '../../src/snapshot/alerts/catalogue.ts';
import { seedSnapshot, withPods } from '../support/snapshot-builder.ts';
import { liveOf, markupOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const alert = (name: AlertName) => ALERTS.find((a) => a.name === name)!;
const example = liveOf([seedSnapshot()], NOW);
/** A managed cluster's kube-system: no control-plane pods (EKS, GKE, AKS, k3s). */
const managed = liveOf([withPods(seedSnapshot(), (pods) => pods.filter((pod) => pod.workload.kind !== 'StaticPod'))], NOW);

describe('AlertRunbook', () => {
  it.each(ALERTS.map((a) => [a.name, a] as const))('%s renders its four parts for the example and a managed cluster', async (_name, a) => {
    for (const live of [example, managed]) {
      const text = textOf(await render(AlertRunbook, { alert: a, live }));
      for (const heading of ['意味', '影響', 'このクラスタの今の状態', '診断', '対処', '関連するページ']) expect(text).toContain(heading);
    }
  });

  it('shows the etcd static pod of the example cluster on etcdNoLeader, with the upstream rule group and commit', async () => {
    const text = textOf(await render(AlertRunbook, { alert: alert('etcdNoLeader'), live: example }));
    expect(text).toContain('上流のルールグループ etcd(etcd-io/etcd ee043b3)');
    expect(text).toContain('タイプ Static Pod (マニフェスト: /etc/kubernetes/manifests/etcd.yaml) ノード rpi-master-1');
    expect(text).toContain('kubectl -n kube-system get pods -l component=etcd -o wide');
    expect(text).not.toContain('状態が不明です');
  });

  it('says 不明 when a managed cluster shows no etcd pod, instead of an empty table', async () => {
    const text = textOf(await render(AlertRunbook, { alert: alert('etcdNoLeader'), live: managed }));
    expect(text).toContain('このスナップショットには etcd の Pod がありません。');
    expect(text).toContain('ここからは状態が不明です');
    expect(text).not.toContain('/etc/kubernetes/manifests/etcd.yaml');
  });

  it('links a CoreDNS alert to the DNS troubleshooting section and the CoreDNS page', async () => {
    const html = await render(AlertRunbook, { alert: alert('CoreDNSErrorsHigh'), live: example });
    expect(html).toMatch(/<a href="\/troubleshooting\/#dns"[^>]*>対処の手順/);
    expect(html).toMatch(/<a href="\/coredns\/"[^>]*>CoreDNS<\/a>/);
    expect(textOf(html)).toContain('SERVFAIL');
  });

  it('embeds the label targets as an escaped attribute, never as markup', async () => {
    const planted = withPods(seedSnapshot(), (pods) => [...pods, { ...pods[0]!, name: 'x"><script>alert(1)</script>' }]);
    const html = await render(AlertRunbook, { alert: alert('KubePodCrashLooping'), live: liveOf([planted], NOW) });
    expect(html).toContain('data-alert-labels');
    expect(markupOf(html)).not.toContain('<script>alert(1)');
  });
});
