import { describe, expect, it } from 'vitest';
import Findings from '../../src/components/Findings.astro';
import { buildGap, patchPod, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';
import { liveFrom } from '../../src/site/live-data.ts';
import { parseDecisions } from '../../src/snapshot/decisions.ts';

const NOW = '2026-11-25T09:30:00Z';
const before = seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z' });
const climbing = patchPod(before, 'kube-controller-manager-rpi-master-1', { restarts: 380 });

describe('Findings', () => {
  it('lists the findings of the latest snapshot against its predecessor, severity as icon and word', async () => {
    const html = await render(Findings, { live: liveOf([climbing, seedSnapshot()], NOW) });
    const text = textOf(html);
    expect(text).toContain('重大 1件・警告 1件・情報 0件');
    expect(text).toContain('⛔ 重大 kube-controller-manager-rpi-master-1 の再起動回数が多い');
    expect(text).toContain('根拠: 再起動 392 回(前回 380 回から +12、24 時間で)');
    expect(html).toMatch(/<a href="\/troubleshooting\/#restarts"[^>]*>対処方法 →<\/a>/);
  });

  it('narrows to one component', async () => {
    const live = liveOf([climbing, seedSnapshot()], NOW);
    expect(textOf(await render(Findings, { live, component: 'kube-controller-manager' }))).toContain('392 回');
    expect(textOf(await render(Findings, { live, component: 'etcd' }))).toContain('✅ このコンポーネントについて見つかった問題はありません。');
  });

  it('says so when nothing looks wrong', async () => {
    const calm = patchPod(seedSnapshot(), 'kube-controller-manager-rpi-master-1', { restarts: 3 });
    const quiet = { ...calm, leases: calm.leases.map((lease) => ({ ...lease, transitions: 2 })) };
    expect(textOf(await render(Findings, { live: liveOf([quiet], NOW) }))).toContain('✅ このスナップショットで見つかった問題はありません。');
  });

  it('shows no ✅ when the snapshot could not read something: it names what is 不明', async () => {
    const calm = patchPod(seedSnapshot(), 'kube-controller-manager-rpi-master-1', { restarts: 3 });
    const partial = {
      ...calm,
      leases: calm.leases.map((lease) => ({ ...lease, transitions: 2 })),
      gaps: [buildGap({ resource: 'services', reason: 'not-in-dump' }), buildGap({ resource: 'configmaps', reason: 'forbidden' })],
    };
    const live = liveOf([partial], NOW);
    const component = textOf(await render(Findings, { live, component: 'etcd' }));
    expect(component).not.toContain('✅');
    expect(component).toContain('このコンポーネントについて、読めた範囲では問題は見つかりませんでした。ただし、このスナップショットには不明な項目が 2 件あり(configmaps、services)、それに関わる問題は確かめられていません。');
    expect(textOf(await render(Findings, { live }))).not.toContain('✅');
  });

  it('renders a script-bearing message as text', async () => {
    const planted = seedSnapshot({
      sealedSecrets: [
        {
          namespace: 'household-task-manager',
          name: 'backend-secret',
          synced: false,
          message: '<script>alert("x")</script><img src=x onerror=alert(1)>',
          keys: ['DATABASE_URL'],
          createdAt: '2026-11-12T09:30:00Z',
        },
      ],
    });
    const html = await render(Findings, { live: liveOf([planted], NOW) });
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  describe('decisions', () => {
    const decisions = (until: string) =>
      parseDecisions(`silences:\n  - rule: restarts-high\n    subject: Pod/kube-controller-manager-rpi-master-1\n    until: "${until}"\n    reason: SD カード交換待ち\n`, 'findings.decisions.yaml');

    it('lists a silenced finding apart with its reason and expiry', async () => {
      const text = textOf(await render(Findings, { live: liveFrom([seedSnapshot()], new Date(NOW), decisions('2026-12-01')) }));
      expect(text).toContain('重大 0件・警告 1件・情報 0件');
      expect(text).toContain('保留中の問題(findings.decisions.yaml で一時的に除外)(1)');
      expect(text).toContain('kube-controller-manager-rpi-master-1 の再起動回数が多い: 2026-12-01 まで除外: SD カード交換待ち');
    });

    it('brings an expired silence\'s finding back with a note', async () => {
      const text = textOf(await render(Findings, { live: liveFrom([seedSnapshot()], new Date(NOW), decisions('2026-11-20')) }));
      expect(text).toContain('重大 1件・警告 1件・情報 0件');
      expect(text).toContain('除外の期限(2026-11-20)が過ぎたため再び表示しています。除外の理由: SD カード交換待ち');
      expect(text).not.toContain('保留中の問題');
    });
  });
});
