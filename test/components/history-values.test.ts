import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import CertificateDaysTrends from '../../src/components/history/CertificateDaysTrends.astro';
import EndpointTrends from '../../src/components/history/EndpointTrends.astro';
import { historyFrom } from '../../src/site/history-view.ts';
import { readStore } from '../../src/snapshot/store.ts';
import { buildCertificate, migratedV2Seed, seedSnapshot } from '../support/snapshot-builder.ts';
import { bodyRows, render, textOf } from './render.ts';

/** The shipped example snapshots, as the build reads them. */
const examples = (await readStore(fileURLToPath(new URL('../../snapshots/', import.meta.url)))).snapshots.map((entry) => entry.snapshot);


describe('CertificateDaysTrends', () => {
  it("lists the example cluster's certificates with days left at each snapshot", async () => {
    const [cluster] = historyFrom(examples).clusters;
    const rows = bodyRows(await render(CertificateDaysTrends, { cluster }));
    expect(rows.find((row) => row[0] === 'apiserver')).toEqual(['apiserver', 'コントロールプレーンのディスク上の証明書(kubeadm)', '残り 352 日', '353 → 352 日']);
    expect(rows).toHaveLength(examples[0]!.certificates.length);
  });

  it('shows an older snapshot that never read certificates as 不明 and a renewal with ↻', async () => {
    const expiring = buildCertificate({ name: 'apiserver', notAfter: '2026-11-29T09:30:00Z' });
    const history = [
      migratedV2Seed('2026-11-22T09:30:00Z'),
      seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z', certificates: [expiring] }),
      seedSnapshot({ capturedAt: '2026-11-24T09:30:00Z', certificates: [{ ...expiring, notAfter: '2027-11-24T09:30:00Z' }] }),
    ];
    const [cluster] = historyFrom(history).clusters;
    const html = await render(CertificateDaysTrends, { cluster });
    expect(bodyRows(html).find((row) => row[0] === 'apiserver')).toEqual(['apiserver', 'コントロールプレーンのディスク上の証明書(kubeadm)', '残り 365 日', '不明 → 6 → ↻365 日']);
    expect(textOf(html)).toContain('不明はその時点で読み取っていないこと');
  });
});

describe('EndpointTrends', () => {
  it('lists ready endpoints per Service, — where the snapshot never read EndpointSlices', async () => {
    const v1Like = seedSnapshot({ capturedAt: '2026-11-22T09:30:00Z', serviceEndpoints: [], gaps: [{ resource: 'endpointslices.discovery.k8s.io', reason: 'not-captured', message: 'schemaVersion 1' }] });
    const down = seedSnapshot({ capturedAt: '2026-11-24T09:30:00Z' });
    down.serviceEndpoints = down.serviceEndpoints.filter((e) => e.service !== 'kube-dns');
    const [cluster] = historyFrom([v1Like, seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z' }), down]).clusters;
    expect(bodyRows(await render(EndpointTrends, { cluster }))).toEqual([
      ['kube-dns', '0 個', '— → 2 → 0'],
      ['sealed-secrets-controller', '1 個', '— → 1 → 1'],
      ['sealed-secrets-controller-metrics', '1 個', '— → 1 → 1'],
    ]);
  });
});
