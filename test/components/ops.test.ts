import { describe, expect, it } from 'vitest';
import MetricsEndpoints from '../../src/components/ops/MetricsEndpoints.astro';
import StaticPodTree from '../../src/components/ops/StaticPodTree.astro';
import { buildService, patchPod, seedSnapshot } from '../support/snapshot-builder.ts';
import { bodyRows, headerCells, liveOf, markupOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const seed = liveOf([seedSnapshot()], NOW);

describe('MetricsEndpoints', () => {
  it('has the columns Service, ClusterIP, port, endpoint, and finds CoreDNS :9153 and the metrics Service', async () => {
    const html = await render(MetricsEndpoints, { live: seed });
    expect(headerCells(html)).toEqual(['Service', 'ClusterIP', 'ポート', 'エンドポイント']);
    expect(bodyRows(html)).toEqual([
      ['kube-dns', '10.96.0.10', '9153/TCP', 'http://kube-dns.kube-system.svc:9153/metrics'],
      ['sealed-secrets-controller-metrics', '10.103.186.200', '8081/TCP', 'http://sealed-secrets-controller-metrics.kube-system.svc:8081/metrics'],
    ]);
  });

  it('renders a script-bearing Service name as text', async () => {
    const html = await render(MetricsEndpoints, { live: liveOf([seedSnapshot({ services: [buildService({ name: '<script>metrics</script>', clusterIP: null })] })], NOW) });
    expect(markupOf(html)).not.toContain('<script>metrics</script>');
    expect(bodyRows(html)).toEqual([['<script>metrics</script>', '不明', '80/TCP', 'http://<script>metrics</script>.kube-system.svc:80/metrics']]);
  });
});

describe('StaticPodTree', () => {
  it('draws the seed\'s manifests tree of each node, with each pod\'s status and restarts', async () => {
    expect(textOf(await render(StaticPodTree, { live: seed }))).toBe(
      [
        'サンプル rpi-cluster / 2026/11/24 18:30 JST(1日前)時点 rpi-master-1 の /etc/kubernetes/manifests/ /etc/kubernetes/manifests/',
        '├── etcd.yaml (etcd-rpi-master-1・Running・再起動 1回)',
        '├── kube-apiserver.yaml (kube-apiserver-rpi-master-1・Running・再起動 11回)',
        '├── kube-controller-manager.yaml (kube-controller-manager-rpi-master-1・Running・再起動 392回)',
        '└── kube-scheduler.yaml (kube-scheduler-rpi-master-1・Running・再起動 6回)',
      ].join(' '),
    );
  });

  it('renders a script-bearing status as text', async () => {
    const html = await render(StaticPodTree, { live: liveOf([patchPod(seedSnapshot(), 'etcd-rpi-master-1', { status: '<script>alert(1)</script>' })], NOW) });
    expect(markupOf(html)).not.toContain('<script>alert(1)</script>');
    expect(textOf(html)).toContain('├── etcd.yaml (etcd-rpi-master-1・<script>alert(1)</script>・再起動 1回)');
  });
});
