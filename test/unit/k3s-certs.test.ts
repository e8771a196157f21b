import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCertificateFiles, readDumps } from '../../src/snapshot/dump.ts';
import { isK3sCertificateCheck } from '../../src/snapshot/k3s-certs.ts';
import { findings } from '../../src/snapshot/findings.ts';
import { normalize } from '../../src/snapshot/normalize.ts';

const FIXTURE = 'test/fixtures/k3s-certs/certificate-check.json';
const K3S = ['test/fixtures/shapes/k3s/nodes.json', 'test/fixtures/shapes/k3s/kube-system.json'];
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-k3s-'));
});

describe('k3s certificate check --output json, through --certs', () => {
  it('reads each certificate once, with k3s paths, CAs once by name, and the earlier of a file k3s keeps twice', async () => {
    const certificates = await readCertificateFiles([FIXTURE]);
    expect(certificates.map((c) => [c.id, c.location, c.notAfter, c.isCA])).toEqual([
      ['k3s/client-admin.crt/system:admin', '/var/lib/rancher/k3s/server/tls/client-admin.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/ca/k3s-client-ca@1736843512', '/var/lib/rancher/k3s/server/tls', '2035-01-12T08:31:52Z', true],
      ['k3s/client-kube-apiserver.crt/system:apiserver', '/var/lib/rancher/k3s/server/tls/client-kube-apiserver.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/serving-kube-apiserver.crt/kube-apiserver', '/var/lib/rancher/k3s/server/tls/serving-kube-apiserver.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/ca/k3s-server-ca@1736843512', '/var/lib/rancher/k3s/server/tls', '2035-01-12T08:31:52Z', true],
      ['k3s/client-controller.crt/system:kube-controller-manager', '/var/lib/rancher/k3s/server/tls/client-controller.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/client-scheduler.crt/system:kube-scheduler', '/var/lib/rancher/k3s/server/tls/client-scheduler.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/client-auth-proxy.crt/system:auth-proxy', '/var/lib/rancher/k3s/server/tls/client-auth-proxy.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/ca/k3s-request-header-ca@1736843512', '/var/lib/rancher/k3s/server/tls', '2035-01-12T08:31:52Z', true],
      ['k3s/client-supervisor.crt/system:k3s-supervisor', '/var/lib/rancher/k3s/server/tls/client-supervisor.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/client.crt/etcd-client', '/var/lib/rancher/k3s/server/tls/etcd/client.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/ca/etcd-server-ca@1736843512', '/var/lib/rancher/k3s/server/tls', '2035-01-12T08:31:52Z', true],
      ['k3s/server-client.crt/etcd-server', '/var/lib/rancher/k3s/server/tls/etcd/server-client.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/peer-server-client.crt/etcd-peer', '/var/lib/rancher/k3s/server/tls/etcd/peer-server-client.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/ca/etcd-peer-ca@1736843512', '/var/lib/rancher/k3s/server/tls', '2035-01-12T08:31:52Z', true],
      ['k3s/client-kube-proxy.crt/system:kube-proxy', '/var/lib/rancher/k3s/{server/tls,agent}/client-kube-proxy.crt', '2026-02-03T08:31:52Z', false],
      ['k3s/client-k3s-controller.crt/system:k3s-controller', '/var/lib/rancher/k3s/{server/tls,agent}/client-k3s-controller.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/client-kubelet.crt/system:node:k3s-server-1', '/var/lib/rancher/k3s/agent/client-kubelet.crt', '2027-01-14T08:31:52Z', false],
      ['k3s/serving-kubelet.crt/k3s-server-1', '/var/lib/rancher/k3s/agent/serving-kubelet.crt', '2027-01-14T08:31:52Z', false],
    ]);
    expect(certificates.find((c) => c.name === 'client-admin.crt')).toMatchObject({ source: 'k3s', subject: 'CN=system:admin', issuer: 'CN=k3s-client-ca@1736843512', caName: 'k3s-client-ca@1736843512' });
  });

  it('warns about the certificate 20 days from expiry on the k3s cluster, and about nothing else', async () => {
    const raw = await readDumps(K3S, { namespace: 'kube-system', capturedAt: '2026-01-14T08:41:52Z', source: 'file' });
    raw.certificates.push(...(await readCertificateFiles([FIXTURE])));
    const expiring = findings(normalize(raw), null).filter((f) => f.rule === 'certificate-expiring');
    expect(expiring.map((f) => [f.id, f.severity, f.evidence.daysLeft, f.evidence.location])).toEqual([
      ['certificate-expiring:Certificate/k3s/client-kube-proxy.crt/system:kube-proxy', 'warning', 19, '/var/lib/rancher/k3s/{server/tls,agent}/client-kube-proxy.crt'],
    ]);
  });

  it('keeps a certificate that is not yet valid without an expiry (k3s prints its notBefore there)', async () => {
    const file = join(dir, 'future.json');
    await writeFile(file, JSON.stringify({ Certificates: [{ Filename: 'client-admin.crt', Subject: 'system:admin', Issuer: 'k3s-client-ca@1', Usages: ['ClientAuth'], ExpiryTime: '2026-02-01T00:00:00Z', ResidualTime: 1, Status: 'NOT YET VALID' }] }));
    expect((await readCertificateFiles([file]))[0]).toMatchObject({ notBefore: '2026-02-01T00:00:00Z', notAfter: null });
  });

  it('reads an empty listing (Go writes a nil slice as null)', async () => {
    const file = join(dir, 'none.json');
    await writeFile(file, '{"Certificates":null}\n');
    expect(await readCertificateFiles([file])).toEqual([]);
  });

  it.each([
    ['a time that is not one', { Filename: 'client-admin.crt', Subject: 'system:admin', Issuer: 'x', ExpiryTime: 'soon' }, 'Certificates[0].ExpiryTime: expected an RFC 3339 time, received "soon"'],
    ['a path instead of a file name', { Filename: '../../etc/shadow', Subject: 'system:admin', Issuer: 'x', ExpiryTime: '2027-01-01T00:00:00Z' }, 'Certificates[0].Filename: expected a file name such as client-admin.crt'],
    ['markup in a name', { Filename: 'a.crt', Subject: '<script>', Issuer: 'x', ExpiryTime: '2027-01-01T00:00:00Z' }, 'Certificates[0].Subject: expected a common name such as system:admin'],
  ])('rejects %s with one line naming the file and field', async (_, entry, problem) => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ Certificates: [entry] }));
    const message = await readCertificateFiles([file]).then(() => null, (e: Error) => e.message);
    expect(message).toBe(`${file}: ${problem}; pass the output of k3s certificate check --output json as it wrote it`);
  });
});

describe('isK3sCertificateCheck', () => {
  it.each([
    [{ Certificates: [] }, true],
    [{ Certificates: null }, true],
    [{}, false],
    [{ Certificates: {} }, false],
    [{ Certificates: 'client-admin.crt' }, false],
    [{ kind: 'List', Certificates: [] }, false],
    [{ kind: 'CertificateExpirationInfo', Certificates: null }, false],
  ])('%j -> %s', (document, expected) => {
    expect(isK3sCertificateCheck(document)).toBe(expected);
  });
});
