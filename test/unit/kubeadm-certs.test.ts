import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHealth } from '../../src/snapshot/api-health.ts';
import { readCertificateFiles, readDumps } from '../../src/snapshot/dump.ts';
import { findings } from '../../src/snapshot/findings.ts';
import { normalize } from '../../src/snapshot/normalize.ts';
import { healthAnswer } from '../fake-api/health.ts';

const SEED = 'test/fixtures/seed-cluster';
const options = { namespace: 'kube-system', capturedAt: '2026-11-24T09:30:00Z', source: 'file' as const };
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-kubeadm-'));
});

/** Reads the seed cluster's dump with `extra` files written next to it. */
async function readWith(extra: Record<string, string>) {
  const paths = [join(SEED, 'cluster.json'), join(SEED, 'state-2026-11-24T09-30-00Z.json')];
  for (const [name, text] of Object.entries(extra)) {
    await writeFile(join(dir, name), text);
    paths.push(join(dir, name));
  }
  return readDumps(paths, options);
}

/** Reads the seed cluster's dump, then `certs` written as files given to --certs. */
async function readWithCerts(certs: Record<string, string>) {
  const raw = await readWith({});
  const paths: string[] = [];
  for (const [name, text] of Object.entries(certs)) {
    await writeFile(join(dir, name), text);
    paths.push(join(dir, name));
  }
  raw.certificates.push(...(await readCertificateFiles(paths)));
  return raw;
}

/** kubeadm's output with `certificates` (and the three CAs, ten years out). */
const expiration = (certificates: unknown[]) => JSON.stringify({
  kind: 'CertificateExpirationInfo',
  apiVersion: 'output.kubeadm.k8s.io/v1alpha3',
  certificates,
  certificateAuthorities: ['ca', 'etcd-ca', 'front-proxy-ca'].map((name) => ({ name, expirationDate: '2035-11-10T09:30:00Z', residualTime: 282_000_000, externallyManaged: false, missing: false })),
}, null, 4);

describe('kubeadm certs check-expiration -o json, through --certs', () => {
  it("reads the seed's control-plane certificates with kubeadm's default paths, CAs marked", async () => {
    const raw = await readDumps([join(SEED, 'cluster.json'), join(SEED, 'state-2026-11-24T09-30-00Z.json')], options);
    raw.certificates.push(...(await readCertificateFiles([join(SEED, 'kubeadm-certs.json')])));
    expect(raw.certificates.map((c) => [c.name, c.location, c.notAfter, c.caName, c.isCA])).toEqual(expect.arrayContaining([
      ['ca', '/etc/kubernetes/pki/ca.crt', '2036-11-22T17:46:20Z', null, true],
      ['etcd-server', '/etc/kubernetes/pki/etcd/server.crt', '2027-11-12T08:00:00Z', 'etcd-ca', false],
      ['admin.conf', '/etc/kubernetes/admin.conf', '2027-11-12T08:00:00Z', 'ca', false],
      ['apiserver', '/etc/kubernetes/pki/apiserver.crt', '2027-11-12T08:00:00Z', 'ca', false],
    ]));
    expect(raw.certificates).toHaveLength(14);
    expect(findings(normalize(raw), null).filter((f) => f.rule === 'certificate-expiring')).toEqual([]);
  });

  it.each([
    ['expired', '2026-11-20T00:00:00Z', 'critical', -5],
    ['5 days left', '2026-11-29T10:00:00Z', 'critical', 5],
    ['25 days left', '2026-12-19T10:00:00Z', 'warning', 25],
  ])('apiserver %s -> %s, naming where it lives', async (_, expirationDate, severity, daysLeft) => {
    const raw = await readWithCerts({ 'certs.json': expiration([{ name: 'apiserver', expirationDate, residualTime: 0, externallyManaged: false, caName: 'ca', missing: false }]) });
    const [finding] = findings(normalize(raw), null).filter((f) => f.rule === 'certificate-expiring');
    expect(finding).toMatchObject({ id: 'certificate-expiring:Certificate/kubeadm/apiserver', severity, evidence: { location: '/etc/kubernetes/pki/apiserver.crt', daysLeft } });
  });

  it('keeps a missing certificate as missing, with no expiry and no finding', async () => {
    const raw = await readWithCerts({ 'certs.json': expiration([{ name: 'front-proxy-client', expirationDate: '0001-01-01T00:00:00Z', residualTime: 0, externallyManaged: false, caName: 'front-proxy-ca', missing: true }]) });
    expect(raw.certificates.find((c) => c.name === 'front-proxy-client')).toMatchObject({ missing: true, notAfter: null });
  });

  it.each([
    ['an older output version', JSON.stringify({ kind: 'CertificateExpirationInfo', apiVersion: 'output.kubeadm.k8s.io/v1alpha2' }),
      '<dir>/bad.json: apiVersion: expected output.kubeadm.k8s.io/v1alpha3, received "output.kubeadm.k8s.io/v1alpha2"; run kubeadm certs check-expiration -o json with kubeadm 1.30 or newer'],
    ['a date that is not one', expiration([{ name: 'apiserver', expirationDate: 'next year', missing: false }]),
      '<dir>/bad.json: certificates[0].expirationDate: expected an RFC 3339 time, received "next year"'],
    ['an entry that is not an object', expiration(['apiserver']), '<dir>/bad.json: certificates[0]: expected an object'],
    ['a list that is not one', JSON.stringify({ kind: 'CertificateExpirationInfo', apiVersion: 'output.kubeadm.k8s.io/v1alpha3', certificates: {} }),
      '<dir>/bad.json: certificates: expected an array'],
  ])('rejects %s with one line naming the file and field', async (_, text, message) => {
    const error = await readWithCerts({ 'bad.json': text }).then(() => null, (e: Error) => e.message.replaceAll(dir, '<dir>'));
    expect(error).toBe(message);
  });

  it('refuses it through --from, naming --certs (one way to import it), and refuses kubectl output through --certs', async () => {
    const viaFrom = await readWith({ 'certs.json': expiration([]) }).then(() => null, (e: Error) => e.message.replaceAll(dir, '<dir>'));
    expect(viaFrom).toBe("<dir>/certs.json: this is kubeadm's certificate listing, not kubectl output; pass it with --certs <dir>/certs.json instead of --from");
    const notListing = await readCertificateFiles([join(SEED, 'cluster.json')]).then(() => null, (e: Error) => e.message);
    expect(notListing).toBe(`${SEED}/cluster.json: not a certificate listing; --certs reads the output of sudo kubeadm certs check-expiration -o json, or sudo k3s certificate check --output json`);
  });
});

describe('/readyz?verbose and /livez?verbose', () => {
  it('parses the API server text, a failing check and its 500', () => {
    const { body, status } = healthAnswer('readyz', ['etcd']);
    const health = parseHealth(body, status);
    expect(health?.passed).toBe(false);
    expect(health?.checks.filter((c) => !c.ok)).toEqual([{ name: 'etcd', ok: false, excluded: false, reason: 'reason withheld' }]);
  });

  it('reads an excluded check as ok and excluded', () => {
    expect(parseHealth('[+]ping ok\n[+]etcd excluded: ok\nreadyz check passed\n', 200)?.checks).toEqual([
      { name: 'etcd', ok: true, excluded: true, reason: null },
      { name: 'ping', ok: true, excluded: false, reason: null },
    ]);
  });

  it('is null for text in another format', () => {
    expect(parseHealth('ok', 200)).toBeNull();
  });

  it("imports `kubectl get --raw '/livez?verbose'` output given with --from; an endpoint not given is a gap", async () => {
    const raw = await readWith({ 'livez.txt': healthAnswer('livez', ['etcd']).body });
    expect(raw.apiHealth.livez?.passed).toBe(false);
    expect(raw.apiHealth.readyz).toBeNull();
    expect(raw.gaps.find((g) => g.resource === 'readyz')).toMatchObject({ reason: 'not-in-dump' });
    expect(findings(normalize(raw), null).filter((f) => f.rule === 'api-health-check-failing').map((f) => f.id)).toEqual(['api-health-check-failing:HealthCheck/livez/etcd']);
  });
});
