import { describe, expect, it } from 'vitest';
import PodTable from '../../src/components/PodTable.astro';
import { readStore } from '../../src/snapshot/store.ts';
import { buildGap, patchPod, seedSnapshot } from '../support/snapshot-builder.ts';
import { headerCells, liveOf, render, rowCells, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';

/** The rendered cells of the workload row whose tbody is `kind/name`. */
const workloadRow = (html: string, ref: string): string[] => rowCells(html, `data-workload="${ref}"`);

describe('PodTable', () => {
  it.each([
    ['could not read pods: 不明 with why', [buildGap({ resource: 'pods', message: 'pods is forbidden' })], /不明.*pods is forbidden/],
    ['read pods and found none: says so', [], /このネームスペースにワークロードはありません。/],
  ])('with no workloads, %s', async (_, gaps, expected) => {
    const html = await render(PodTable, { live: liveOf([seedSnapshot({ pods: [], workloads: [], gaps })], NOW) });
    expect(html).not.toContain('<table');
    expect(textOf(html)).toMatch(expected);
  });

  it("has kubectl's key columns (NAME, READY, STATUS, AGE, RESTARTS), the type folded under the name", async () => {
    const html = await render(PodTable, { live: liveOf([seedSnapshot()], NOW) });
    expect(headerCells(html)).toEqual(['Pod名', 'レプリカ', 'ステータス', '稼働期間', '再起動回数']);
    expect(html).toMatch(/<code[^>]*>etcd-rpi-master-1<\/code>\s*<div class="pod-table__kind"[^>]*>Static Pod<\/div>/);
  });

  it.each([
    ['Deployment/coredns', ['coredns-* Deployment', '2/2', 'Running', '12日', '0']],
    ['StaticPod/etcd-rpi-master-1', ['etcd-rpi-master-1 Static Pod', '1', 'Running', '12日', '1']],
    ['StaticPod/kube-apiserver-rpi-master-1', ['kube-apiserver-rpi-master-1 Static Pod', '1', 'Running', '12日', '11']],
    ['StaticPod/kube-controller-manager-rpi-master-1', ['kube-controller-manager-rpi-master-1 Static Pod', '1', 'Running', '12日', '392 ⛔ 重大: kube-controller-manager-rpi-master-1 の再起動回数が多い']],
    ['DaemonSet/kube-proxy', ['kube-proxy-* DaemonSet', '3/3', 'Running', '12日', '0']],
    ['Deployment/sealed-secrets-controller', ['sealed-secrets-controller-* Deployment', '1/1', 'Running', '12日', '0']],
  ])('shows the seed row of %s', async (ref, cells) => {
    const html = await render(PodTable, { live: liveOf([seedSnapshot()], NOW) });
    expect(workloadRow(html, ref)).toEqual(cells);
  });

  it('lists each pod of a workload with its node, READY, STATUS and last termination', async () => {
    const snapshot = patchPod(seedSnapshot(), 'coredns-668d6bf9bc-9zqlm', {
      status: 'CrashLoopBackOff',
      ready: '0/1',
      restarts: 7,
      containers: [
        {
          ...seedSnapshot().pods.find((p) => p.name === 'coredns-668d6bf9bc-9zqlm')!.containers[0]!,
          restarts: 7,
          lastTermination: { reason: 'OOMKilled', exitCode: 137, finishedAt: '2026-11-24T09:00:00Z' },
        },
      ],
    });
    const html = await render(PodTable, { live: liveOf([snapshot], NOW) });
    expect(workloadRow(html, 'Deployment/coredns')).toEqual([
      'coredns-* Deployment',
      '2/2',
      'Running 1 / CrashLoopBackOff 1',
      '12日',
      '7 ⛔ 重大: coredns-668d6bf9bc-9zqlm がクラッシュと再起動を繰り返している',
    ]);
    const details = textOf(html.split('data-workload="Deployment/coredns"')[1]!.split('</details>')[0]!);
    expect(details).toContain('coredns-* の Pod(2件)');
    expect(details).toContain('coredns-668d6bf9bc-9zqlm rpi-master-1 0/1 CrashLoopBackOff 7 OOMKilled・終了コード 137・2026/11/24 18:00 JST');
  });

  it('shows the shipped example snapshots as the site does (latest against its predecessor)', async () => {
    const { snapshots } = await readStore(new URL('../../snapshots/', import.meta.url).pathname);
    const html = await render(PodTable, { live: liveOf(snapshots.map((entry) => entry.snapshot), NOW) });
    expect(workloadRow(html, 'StaticPod/kube-controller-manager-rpi-master-1').slice(0, 4)).toEqual([
      'kube-controller-manager-rpi-master-1 Static Pod',
      '1',
      'Running',
      '12日',
    ]);
    expect(workloadRow(html, 'StaticPod/kube-controller-manager-rpi-master-1')[4]).toMatch(/^392 ⛔ 重大/);
    expect(workloadRow(html, 'DaemonSet/kube-proxy')).toEqual(['kube-proxy-* DaemonSet', '3/3', 'Running', '12日', '0']);
  });

  it('links a finding badge to its troubleshooting section', async () => {
    const html = await render(PodTable, { live: liveOf([seedSnapshot()], NOW) });
    expect(html).toContain('href="/troubleshooting/#restarts"');
    expect(html.match(/class="finding-badge/g)).toHaveLength(1);
  });

  it('renders a script-bearing status as text', async () => {
    const html = await render(PodTable, { live: liveOf([patchPod(seedSnapshot(), 'etcd-rpi-master-1', { status: '<script>alert(1)</script>' })], NOW) });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('says there is no snapshot instead of a table', async () => {
    const html = await render(PodTable, { live: liveOf([], NOW) });
    expect(textOf(html)).toBe('スナップショットがないため表示できません。');
  });
});
