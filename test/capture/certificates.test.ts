import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../../src/snapshot/findings.ts';
import { normalize } from '../../src/snapshot/normalize.ts';
import type { RawState } from '../../src/snapshot/raw.ts';
import { issueCertificate } from '../fake-api/certs.ts';
import { writeKubeconfig } from '../fake-api/kubeconfig.ts';
import { startFakeKubelet, type FakeKubelet } from '../fake-api/kubelet.ts';
import { startFakeApi } from '../fake-api/server.ts';
import { fakeCluster } from '../fixtures/fake-api/cluster.ts';
import { harness, type Harness } from './setup.ts';

const DAY = 86_400_000;
/** A window ending `days` (and an hour, so whole days count cleanly) from now. */
const ending = (days: number) => ({ notBefore: new Date(Date.now() - 300 * DAY), notAfter: new Date(Date.now() + days * DAY + 3_600_000) });
const apiCert = (days: number) => issueCertificate({ cn: 'kube-apiserver', sans: ['IP:127.0.0.1', 'DNS:kubernetes', 'DNS:kubernetes.default.svc'], ...ending(days) });
/** The rule ids and subjects of a capture's findings, `severity rule:Kind/name`. */
const ids = (state: RawState, rule: string) => findings(normalize(state), null).filter((f) => f.rule === rule).map((f) => `${f.severity} ${f.id}`);

describe('certificates and health checks of a healthy cluster', () => {
  let h: Harness;
  let state: RawState;
  beforeAll(async () => {
    h = await harness();
    state = await h.run({ now: () => new Date() });
  });
  afterAll(() => h.close());

  it("reads the API server's serving certificate from the TLS connection: subject, SANs, issuer, dates", () => {
    const apiserver = state.certificates.find((c) => c.source === 'api-server-tls');
    expect(apiserver).toMatchObject({ id: 'tls/apiserver', location: h.api.url, subject: 'CN=127.0.0.1', issuer: 'CN=fake-api-ca', selfSigned: false, isCA: false });
    expect(apiserver?.sans).toEqual(['IP Address:127.0.0.1', 'DNS:localhost']);
    expect(Date.parse(apiserver!.notAfter!) - Date.parse(apiserver!.notBefore!)).toBe(365 * DAY);
  });

  it("reads each node's kubelet serving certificate and sees it is self-signed", () => {
    const kubelets = state.certificates.filter((c) => c.source === 'kubelet-tls');
    expect(kubelets.map((c) => [c.id, c.location, c.selfSigned, c.subject])).toEqual(['rpi-master-1', 'rpi-worker-1', 'rpi-worker-2'].map((node) =>
      [`kubelet/${node}`, `${node} 127.0.0.1:${h.kubelet.port}`, true, 'CN=rpi-master-1@1731398400']));
  });

  it('reads /readyz?verbose and /livez?verbose in the API server format, every check passing', () => {
    expect(state.apiHealth.readyz?.passed).toBe(true);
    expect(state.apiHealth.readyz?.checks.map((c) => c.name)).toContain('etcd');
    expect(state.apiHealth.readyz?.checks.every((c) => c.ok)).toBe(true);
    expect(state.apiHealth.livez?.checks).toHaveLength(10);
    expect(h.api.requests.filter((r) => r.path === '/readyz' || r.path === '/livez').map((r) => [r.path, r.query['verbose'], r.status]))
      .toEqual(expect.arrayContaining([['/readyz', '', 200], ['/livez', '', 200]]));
  });

  it('finds nothing about certificates or health on a healthy cluster', () => {
    const rules = findings(normalize(state), null).map((f) => f.rule);
    expect(rules.filter((r) => ['certificate-expiring', 'kubelet-serving-self-signed', 'api-health-check-failing'].includes(r))).toEqual([]);
  });
});

describe('certificates and health checks that fail', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const thing of opened) await thing.close();
  });

  /** A capture of the fixture cluster with this serving certificate, kubelets and failing checks. */
  async function captureWith(options: { serverDays: number; kubelet?: FakeKubelet | { port: number }; failingChecks?: { readyz?: string[]; livez?: string[] }; clientCertDays?: number }) {
    const kubelet = options.kubelet ?? { port: 1 };
    const endpoint = { address: '127.0.0.1', port: kubelet.port };
    const api = await startFakeApi({
      cluster: fakeCluster({ caPem: (await import('../fake-api/certs.ts')).testCerts().caPem, kubelets: { 'rpi-master-1': endpoint, 'rpi-worker-1': endpoint, 'rpi-worker-2': endpoint }, failingChecks: options.failingChecks }),
      serverCert: apiCert(options.serverDays),
    });
    opened.push(api);
    const dir = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/certs-test-`);
    const clientCert = options.clientCertDays === undefined ? undefined : issueCertificate({ cn: 'kubernetes-admin', sans: ['DNS:admin'], ...ending(options.clientCertDays) });
    const kubeconfig = writeKubeconfig(dir, api, clientCert ? { clientCert } : {});
    const { capture } = await import('../../src/snapshot/capture.ts');
    return capture({ kubeconfig, namespace: 'kube-system', retries: 0, timeoutMs: 2_000, kubeletTimeoutMs: 500 });
  }

  it.each([
    [5, ['critical certificate-expiring:Certificate/tls/apiserver']],
    [25, ['warning certificate-expiring:Certificate/tls/apiserver']],
    [365, []],
  ])('an API server certificate with %i days left -> %j', async (days, want) => {
    const state = await captureWith({ serverDays: days });
    expect(ids(state, 'certificate-expiring')).toEqual(want);
    const finding = findings(normalize(state), null).find((f) => f.rule === 'certificate-expiring');
    expect(finding?.evidence ?? null).toEqual(want.length ? expect.objectContaining({ name: 'apiserver', source: 'api-server-tls', daysLeft: days }) : null);
  });

  it('an unreachable kubelet port becomes a gap that says so, and the run goes on', async () => {
    const state = await captureWith({ serverDays: 365 });
    const gaps = state.gaps.filter((g) => g.resource.startsWith('kubelet-certificate/'));
    expect(gaps.map((g) => [g.resource, g.reason])).toEqual([
      ['kubelet-certificate/rpi-master-1', 'unreachable'], ['kubelet-certificate/rpi-worker-1', 'unreachable'], ['kubelet-certificate/rpi-worker-2', 'unreachable'],
    ].sort());
    expect(gaps[0]?.message).toMatch(/^TLS handshake with 127\.0\.0\.1:1 failed \(ECONNREFUSED\); normal when the capture runs outside the node network$/);
  });

  it('an expired self-signed kubelet certificate is critical, one that has a year is not flagged', async () => {
    const expired = await startFakeKubelet(issueCertificate({ cn: 'rpi-worker-1@1700000000', sans: ['DNS:rpi-worker-1'], notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - 35 * DAY + 3_600_000), selfSigned: true }));
    opened.push(expired);
    const state = await captureWith({ serverDays: 365, kubelet: expired });
    expect(ids(state, 'kubelet-serving-self-signed')).toEqual(['rpi-master-1', 'rpi-worker-1', 'rpi-worker-2'].map((n) => `critical kubelet-serving-self-signed:Certificate/kubelet/${n}`));
    // Expired 35 days minus an hour before the capture: whole days left rounds down to -35, whatever the seconds the capture takes.
    expect(findings(normalize(state), null).find((f) => f.rule === 'kubelet-serving-self-signed')?.evidence.daysLeft).toBe(-35);
    expect(ids(state, 'certificate-expiring')).toEqual([]);
  });

  it('a failing readyz check answers 500 with the check list, and becomes a critical finding naming the check', async () => {
    const state = await captureWith({ serverDays: 365, failingChecks: { readyz: ['etcd'] } });
    expect(state.apiHealth.readyz?.passed).toBe(false);
    expect(state.apiHealth.readyz?.checks.find((c) => c.name === 'etcd')).toEqual({ name: 'etcd', ok: false, excluded: false, reason: 'reason withheld' });
    expect(state.apiHealth.livez?.passed).toBe(true);
    expect(state.gaps.filter((g) => g.resource === 'readyz')).toEqual([]);
    expect(ids(state, 'api-health-check-failing')).toEqual(['critical api-health-check-failing:HealthCheck/readyz/etcd']);
  });

  it("reads the kubeconfig's client certificate, as admin.conf holds one", async () => {
    const state = await captureWith({ serverDays: 365, clientCertDays: 20 });
    expect(state.certificates.find((c) => c.source === 'kubeconfig')).toMatchObject({ id: 'kubeconfig/fake-user', subject: 'CN=kubernetes-admin', issuer: 'CN=fake-api-ca', location: 'kubeconfig users[fake-user].client-certificate-data' });
    expect(ids(state, 'certificate-expiring')).toEqual(['warning certificate-expiring:Certificate/kubeconfig/fake-user']);
  });
});
