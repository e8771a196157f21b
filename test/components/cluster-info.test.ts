import { describe, expect, it } from 'vitest';
import ClusterInfoFacts from '../../src/components/ClusterInfoFacts.astro';
import type { ClusterInfo } from '../../src/snapshot/schema.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const CAPTION = 'サンプル rpi-cluster / 2026/11/24 18:30 JST(1日前)時点';
const shown = async (clusterInfo: ClusterInfo) => render(ClusterInfoFacts, { live: liveOf([seedSnapshot({ clusterInfo })], NOW) });

describe('ClusterInfoFacts', () => {
  it.each<[string, ClusterInfo, string]>([
    [
      'the seed: endpoint, CA subject, expiry and the days left at capture',
      { server: 'https://192.168.1.10:6443', caSubject: 'CN=kubernetes', caNotAfter: '2035-11-10T09:30:00Z' },
      'API サーバーエンドポイント https://192.168.1.10:6443 CA 証明書のサブジェクト CN=kubernetes CA 証明書の有効期限 2035/11/10 18:30 JST(残り3273日)',
    ],
    [
      'a CA that expired before the capture',
      { server: 'https://192.168.1.10:6443', caSubject: 'CN=kubernetes', caNotAfter: '2026-11-20T09:30:00Z' },
      'API サーバーエンドポイント https://192.168.1.10:6443 CA 証明書のサブジェクト CN=kubernetes CA 証明書の有効期限 2026/11/20 18:30 JST(4日前に期限切れ)',
    ],
    [
      'a cluster-info without a kubeconfig the capture could read',
      { server: null, caSubject: null, caNotAfter: null },
      'API サーバーエンドポイント 不明 CA 証明書のサブジェクト 不明 CA 証明書の有効期限 不明',
    ],
  ])('%s', async (_, info, expected) => {
    expect(textOf(await shown(info))).toBe(`${CAPTION} ${expected}`);
  });

  it('renders script-bearing facts as text', async () => {
    const html = await shown({ server: '<script>alert(1)</script>', caSubject: 'CN=<b>x</b>', caNotAfter: null });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<b>x</b>');
    expect(textOf(html)).toContain('API サーバーエンドポイント <script>alert(1)</script> CA 証明書のサブジェクト CN=<b>x</b>');
  });
});
