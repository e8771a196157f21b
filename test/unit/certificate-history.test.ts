import { describe, expect, it } from 'vitest';
import { certificateChanges, certificateTrend, certificateTrends, type CertificatePoint } from '../../src/snapshot/certificate-history.ts';
import { diff, summarize } from '../../src/snapshot/diff.ts';
import type { Certificate, Snapshot } from '../../src/snapshot/schema.ts';
import { describeDiff, summaryLine } from '../../src/i18n/diff.ja.ts';
import { buildCertificate, buildGap, migratedV2Seed, seedSnapshot } from '../support/snapshot-builder.ts';

const day = (n: number) => new Date(Date.UTC(2027, 9, 1 + n, 9, 30)).toISOString().replace('.000Z', 'Z');
/** kubeadm's apiserver certificate expires 2027-10-21T09:30Z: 20 days after day(0). */
const APISERVER = buildCertificate({ name: 'apiserver', notAfter: '2027-10-21T09:30:00Z' });
const RENEWED = { ...APISERVER, notAfter: '2028-10-20T09:30:00Z' };
const kubelet = (node: string, notAfter: string): Certificate => ({
  ...buildCertificate({ name: node, notAfter }), id: `kubelet/${node}`, source: 'kubelet-tls', location: `${node} 192.168.1.11:10250`, caName: null, externallyManaged: null,
});
const at = (n: number, certificates: Certificate[], overrides: Partial<Snapshot> = {}) => seedSnapshot({ capturedAt: day(n), certificates, ...overrides });

/** The seed as a schemaVersion 2 file comes back after migration: only the cluster CA known. */
const migratedV2 = (n: number) => migratedV2Seed(day(n));

const shown = (points: CertificatePoint[]) =>
  points.map((p) => (p.daysLeft === null ? p.missing : `${p.daysLeft}${p.renewed ? ' renewed' : ''}`));

describe('certificateTrend', () => {
  it('counts days left down, marks a renewal, and shows a snapshot that never read certificates as unread, not zero', () => {
    const history = [migratedV2(0), at(5, [APISERVER]), at(10, [APISERVER]), at(12, [RENEWED])];
    expect(shown(certificateTrend(history, APISERVER).points)).toEqual(['unread', '15', '10', '373 renewed']);
  });

  it('tells a certificate gone from kubeadm output (absent) from a snapshot without kubeadm output (unread)', () => {
    const other = buildCertificate({ name: 'front-proxy-client', notAfter: '2028-01-01T00:00:00Z' });
    const history = [at(0, [APISERVER, other]), at(1, [other]), at(2, [])];
    expect(shown(certificateTrend(history, APISERVER).points)).toEqual(['20', 'absent', 'unread']);
  });

  it('shows a kubelet out of reach as unread, and lists one trend per certificate by id', () => {
    const worker1 = kubelet('rpi-worker-1', '2027-10-04T09:30:00Z');
    const unreachable = buildGap({ resource: 'kubelet-certificate/rpi-worker-1', reason: 'unreachable', httpStatus: undefined, message: 'connect ETIMEDOUT' });
    const history = [at(0, [APISERVER, worker1]), at(1, [APISERVER], { gaps: [unreachable] }), at(2, [APISERVER, worker1])];
    expect(certificateTrends(history).map((t) => `${t.id}: ${shown(t.points).join(' ')}`)).toEqual([
      'kubeadm/apiserver: 20 19 18',
      'kubelet/rpi-worker-1: 3 unread 1',
    ]);
  });
});

describe('certificateChanges', () => {
  it('lists renewed, added, removed, and the days left of certificates within 30 days', () => {
    const front = buildCertificate({ name: 'front-proxy-client', notAfter: '2028-01-01T00:00:00Z' });
    const etcd = buildCertificate({ name: 'etcd-server', notAfter: '2028-01-01T00:00:00Z' });
    const changes = certificateChanges(at(0, [APISERVER, front]), at(7, [APISERVER, etcd]));
    expect(changes).toEqual({
      added: [{ id: 'kubeadm/etcd-server', name: 'etcd-server', source: 'kubeadm', daysLeft: 84 }],
      removed: [{ id: 'kubeadm/front-proxy-client', name: 'front-proxy-client', source: 'kubeadm', daysLeft: 91 }],
      renewed: [],
      expiring: [{ id: 'kubeadm/apiserver', name: 'apiserver', from: 20, to: 13 }],
      unknown: [],
    });
    const renewal = certificateChanges(at(7, [APISERVER]), at(8, [RENEWED]));
    expect(renewal.renewed).toEqual([
      { id: 'kubeadm/apiserver', name: 'apiserver', from: { notAfter: APISERVER.notAfter, daysLeft: 13 }, to: { notAfter: RENEWED.notAfter, daysLeft: 377 } },
    ]);
    expect(renewal.expiring).toEqual([]);
  });

  it('compares nothing with a snapshot that never read the certificates: unknown, not removed', () => {
    const clusterCa = seedSnapshot().certificates.find((c) => c.source === 'cluster-info')!;
    const changes = certificateChanges(migratedV2(0), at(1, [clusterCa, APISERVER, kubelet('rpi-worker-1', '2028-01-01T00:00:00Z')]));
    expect(changes.added).toEqual([]);
    expect(changes.unknown).toEqual(['kubeadm', 'kubelet-tls']);
  });

  it('leaves a far expiry that only counted down out of the comparison', () => {
    const far = buildCertificate({ name: 'front-proxy-client', notAfter: '2028-01-01T00:00:00Z' });
    expect(certificateChanges(at(0, [far]), at(1, [far]))).toEqual({ added: [], removed: [], renewed: [], expiring: [], unknown: [] });
  });
});

describe('diff: certificates in the compare view', () => {
  it('says days left and renewals in Japanese and counts them in the summary', () => {
    const d = diff(at(0, [APISERVER]), at(7, [APISERVER]));
    expect(describeDiff(d).find((s) => s.id === 'certificates')).toEqual({
      id: 'certificates',
      title: '証明書の残り日数',
      entries: ['apiserver(kubeadm/apiserver): 残り 20 日 → 残り 13 日'],
    });
    expect(summarize(d).certificatesExpiring).toBe(1);
    const renewed = diff(at(7, [APISERVER]), at(8, [RENEWED]));
    expect(describeDiff(renewed).find((s) => s.id === 'certificates')?.entries).toEqual([
      '更新: apiserver(kubeadm/apiserver): 期限 2027/10/21 18:30 JST → 2028/10/20 18:30 JST、残り 377 日',
    ]);
    expect(summaryLine(summarize(renewed))).toContain('証明書の変化 1');
  });

  it('names certificate sources it could not compare, instead of listing them as added', () => {
    const d = diff(migratedV2(0), at(1, [APISERVER]));
    expect(d.certificates.added).toEqual([]);
    expect(describeDiff(d).find((s) => s.id === 'gaps')?.entries).toContain(
      '比較できない: コントロールプレーンのディスク上の証明書(kubeadm)(どちらかのスナップショットで読み取っていない)',
    );
  });
});
