/**
 * certificate-history's less common cases: a certificate listed without an expiry (kubeadm's
 * MISSING), every field of an unknown point, trends and changes in id order whatever order the
 * snapshots list them in, a certificate that only enters the 30 days in the later snapshot, and a
 * certificate gone from a snapshot that could not read its place (unknown, not removed).
 */
import { describe, expect, it } from 'vitest';
import { certificateChanges, certificateTrend, certificateTrends } from '../../src/snapshot/certificate-history.ts';
import type { Certificate, Snapshot } from '../../src/snapshot/schema.ts';
import { buildCertificate, buildGap, seedSnapshot } from '../support/snapshot-builder.ts';

const day = (n: number) => new Date(Date.UTC(2027, 9, 1 + n, 9, 30)).toISOString().replace('.000Z', 'Z');
const APISERVER = buildCertificate({ name: 'apiserver', notAfter: '2027-10-21T09:30:00Z' });
const kubelet = (node: string, notAfter: string): Certificate => ({
  ...buildCertificate({ name: node, notAfter }), id: `kubelet/${node}`, source: 'kubelet-tls', location: `${node} 192.168.1.11:10250`, caName: null, externallyManaged: null,
});
const WORKER = kubelet('rpi-worker-1', '2028-01-01T00:00:00Z');
const at = (n: number, certificates: Certificate[], overrides: Partial<Snapshot> = {}) => seedSnapshot({ capturedAt: day(n), certificates, ...overrides });
/** A snapshot whose certificates are in the order given, not normalized (the functions are exported). */
const unsorted = (n: number, certificates: Certificate[]): Snapshot => ({ ...at(n, []), certificates });

describe('certificateTrend: points without days', () => {
  it('shows a certificate listed without an expiry as absent, and a later one with an expiry as not renewed', () => {
    const missing = { ...APISERVER, notAfter: null, missing: true };
    const points = certificateTrend([at(0, [missing]), at(1, [APISERVER])], APISERVER).points;
    expect(points).toEqual([
      { at: day(0), daysLeft: null, missing: 'absent', renewed: false },
      { at: day(1), daysLeft: 19, missing: null, renewed: false },
    ]);
  });

  it('gives an unread point no renewal, even between two different expiries', () => {
    const renewed = { ...APISERVER, notAfter: '2028-10-20T09:30:00Z' };
    const points = certificateTrend([at(0, [APISERVER]), at(1, []), at(2, [renewed])], APISERVER).points;
    expect(points).toEqual([
      { at: day(0), daysLeft: 20, missing: null, renewed: false },
      { at: day(1), daysLeft: null, missing: 'unread', renewed: false },
      { at: day(2), daysLeft: 383, missing: null, renewed: true },
    ]);
  });
});

describe('certificateTrends: order', () => {
  it('lists the trends by id, not in the order the history first shows them', () => {
    expect(certificateTrends([at(0, [WORKER]), at(1, [APISERVER, WORKER])]).map((t) => t.id)).toEqual(['kubeadm/apiserver', 'kubelet/rpi-worker-1']);
  });
});

describe('certificateChanges: edges', () => {
  it('counts down a certificate that enters the 30 days only in the later snapshot', () => {
    const entering = buildCertificate({ name: 'apiserver', notAfter: '2027-11-05T09:30:00Z' });
    expect(certificateChanges(at(0, [entering]), at(7, [entering])).expiring).toEqual([{ id: 'kubeadm/apiserver', name: 'apiserver', from: 35, to: 28 }]);
  });

  it('calls a kubelet certificate gone from a snapshot that reached another kubelet but not that one unknown, not removed', () => {
    const unreachable = buildGap({ resource: 'kubelet-certificate/rpi-worker-1', reason: 'unreachable', httpStatus: undefined, message: 'connect ETIMEDOUT' });
    const worker2 = kubelet('rpi-worker-2', '2028-01-01T00:00:00Z');
    const changes = certificateChanges(at(0, [APISERVER, WORKER, worker2]), at(1, [APISERVER, worker2], { gaps: [unreachable] }));
    expect(changes.removed).toEqual([]);
    expect(changes.unknown).toEqual(['kubelet-tls']);
  });

  it('names the sources not compared in order, whichever side could not read them', () => {
    // Before read kubeadm's output but no kubelet; after reached a kubelet but had no kubeadm output.
    const changes = certificateChanges(at(0, [APISERVER]), at(1, [WORKER]));
    expect(changes).toEqual({ added: [], removed: [], renewed: [], expiring: [], unknown: ['kubeadm', 'kubelet-tls'] });
  });

  it('lists added, removed, renewed and expiring certificates by id whatever order the snapshots list them in', () => {
    const ca = buildCertificate({ name: 'ca', notAfter: '2027-10-20T09:30:00Z', caName: null });
    const front = buildCertificate({ name: 'front-proxy-client', notAfter: '2027-10-25T09:30:00Z' });
    const etcd = buildCertificate({ name: 'etcd-server', notAfter: '2028-01-01T00:00:00Z' });
    const admin = buildCertificate({ name: 'admin.conf', notAfter: '2028-01-01T00:00:00Z' });
    const renew = (c: Certificate) => ({ ...c, notAfter: '2028-10-01T09:30:00Z' });
    const changes = certificateChanges(unsorted(0, [front, ca, etcd, admin, APISERVER]), unsorted(1, [renew(etcd), renew(admin), front, ca, buildCertificate({ name: 'sa', notAfter: '2028-01-01T00:00:00Z' }), buildCertificate({ name: 'kubelet', notAfter: '2028-01-01T00:00:00Z' })]));
    expect(changes.added.map((c) => c.id)).toEqual(['kubeadm/kubelet', 'kubeadm/sa']);
    expect(changes.removed.map((c) => c.id)).toEqual(['kubeadm/apiserver']);
    expect(changes.renewed.map((c) => c.id)).toEqual(['kubeadm/admin.conf', 'kubeadm/etcd-server']);
    expect(changes.expiring.map((c) => c.id)).toEqual(['kubeadm/ca', 'kubeadm/front-proxy-client']);
  });
});
