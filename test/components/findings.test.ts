import { describe, expect, it } from 'vitest';
import Findings from '../../src/components/Findings.astro';
import { patchPod, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

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
});
