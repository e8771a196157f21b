import { describe, expect, it } from 'vitest';
import ApiHealthTable from '../../src/components/ApiHealthTable.astro';
import CertificateTable from '../../src/components/CertificateTable.astro';
import { buildCertificate, buildGap, buildHealth, migratedV2Seed, seedSnapshot } from '../support/snapshot-builder.ts';
import { bodyRows, headerCells, liveOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const AT = '2026-11-24T09:30:00Z';


describe('CertificateTable', () => {
  it("shows the example cluster's certificates with expiry and days left, nothing flagged", async () => {
    const html = await render(CertificateTable, { live: liveOf([seedSnapshot()], NOW) });
    expect(headerCells(html)).toEqual(['証明書', '何の証明書か', '場所', '発行者', '有効期限', '残り']);
    expect(bodyRows(html)).toEqual([
      ['ca', 'クラスタ CA(kube-public/cluster-info)', 'kube-public/configmaps/cluster-info', '不明', '2035/11/10 18:30 JST', '残り 3273 日'],
      ['apiserver', 'コントロールプレーンのディスク上の証明書(kubeadm)', '/etc/kubernetes/pki/apiserver.crt', 'ca', '2027/11/12 18:30 JST', '残り 353 日'],
      ['ca', 'コントロールプレーンのディスク上の証明書(kubeadm)', '/etc/kubernetes/pki/ca.crt', '不明', '2035/11/10 18:30 JST', '残り 3273 日'],
    ]);
    expect(html).not.toContain('data-no-kubeadm');
  });

  it('marks an expiring certificate with its severity and the right days left, and shows days left across snapshots with a renewal', async () => {
    const previous = seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z', certificates: [buildCertificate({ name: 'apiserver', notAfter: '2026-11-29T09:30:00Z' }), buildCertificate({ name: 'admin.conf', notAfter: '2026-11-20T00:00:00Z' })] });
    const current = seedSnapshot({ capturedAt: AT, certificates: [buildCertificate({ name: 'apiserver', notAfter: '2026-11-29T09:30:00Z' }), buildCertificate({ name: 'admin.conf', notAfter: '2027-11-24T00:00:00Z', location: '/etc/kubernetes/admin.conf' }), buildCertificate({ name: 'front-proxy-client', notAfter: '2026-12-19T09:30:00Z' })] });
    const html = await render(CertificateTable, { live: liveOf([previous, current], NOW) });
    expect(headerCells(html).at(-1)).toBe('残り日数の推移');
    expect(bodyRows(html).map((row) => [row[0], row[5], row[6]])).toEqual([
      ['admin.conf', '残り 364 日', '-4 → ↻364 日'],
      ['apiserver', '⛔ 重大 残り 5 日', '6 → 5 日'],
      ['front-proxy-client', '⚠️ 警告 残り 25 日', 'なし → 25 日'],
    ]);
    expect(textOf(html)).toContain('↻ は前の値から有効期限が変わった(更新された)');
  });

  it('shows a snapshot that never read certificates (schemaVersion 2) as 不明 in the trend, not zero, and cuts the trend at a past snapshot', async () => {
    const v2 = migratedV2Seed('2026-11-22T09:30:00Z');
    const middle = seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z' });
    const latest = seedSnapshot({ capturedAt: AT });
    const trendOf = (html: string) => bodyRows(html).map((row) => [row[0], row[1], row[6]]);
    expect(trendOf(await render(CertificateTable, { live: liveOf([v2, middle, latest], NOW) }))).toEqual([
      ['ca', 'クラスタ CA(kube-public/cluster-info)', '3275 → 3274 → 3273 日'],
      ['apiserver', 'コントロールプレーンのディスク上の証明書(kubeadm)', '不明 → 354 → 353 日'],
      ['ca', 'コントロールプレーンのディスク上の証明書(kubeadm)', '不明 → 3274 → 3273 日'],
    ]);
    // The page of the middle snapshot, as history shows it: the trend ends there.
    const pinned = { ...liveOf([v2, middle, latest], NOW), latest: middle, previous: v2, pinned: true };
    expect(trendOf(await render(CertificateTable, { live: pinned }))[1]).toEqual(['apiserver', 'コントロールプレーンのディスク上の証明書(kubeadm)', '不明 → 354 日']);
  });

  it('lists the certificates it could not read with the reason, and says how to add kubeadm\'s when it has none', async () => {
    const snapshot = seedSnapshot({
      certificates: [],
      gaps: [buildGap({ resource: 'kubelet-certificate/rpi-worker-1', reason: 'unreachable', httpStatus: undefined, message: 'no TLS handshake with 192.168.1.11:10250 within 3000 ms; normal when the capture runs outside the node network' })],
    });
    const text = textOf(await render(CertificateTable, { live: liveOf([snapshot], NOW) }));
    expect(text).toContain('kubelet-certificate/rpi-worker-1: 接続できませんでした(ノードのネットワークの外から取得した場合は正常です) — no TLS handshake with 192.168.1.11:10250');
    expect(text).toContain('sudo kubeadm certs check-expiration -o json > kubeadm-certs.json');
    expect(text).toContain('sudo k3s certificate check --output json > k3s-certs.json');
    expect(text).toContain('npm run snapshot -- --certs ファイル で取り込んでください');
  });
});

describe('ApiHealthTable', () => {
  it('shows each endpoint passed or failing with the failing checks, and 不明 with why when unread', async () => {
    const snapshot = seedSnapshot({
      apiHealth: { readyz: buildHealth(['etcd', 'ping'], ['etcd']), livez: null },
      gaps: [buildGap({ resource: 'livez', reason: 'forbidden', httpStatus: 403, message: 'forbidden: User cannot get path "/livez"' })],
    });
    const rows = bodyRows(await render(ApiHealthTable, { live: liveOf([snapshot], NOW) }));
    expect(rows[0]).toEqual(['/readyz?verbose', '❌ 失敗あり', '2', '[-]etcd reason withheld']);
    expect(rows[1]?.[0]).toBe('/livez?verbose');
    expect(rows[1]?.[1]).toContain('不明');
    expect(rows[1]?.[1]).toContain('権限がありません (HTTP 403)');
  });
});
