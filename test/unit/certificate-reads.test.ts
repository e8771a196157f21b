import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { apiServerCertificate, kubeconfigCertificate } from '../../src/snapshot/capture/certificates.ts';
import { connect } from '../../src/snapshot/capture/connection.ts';
import { testCerts } from '../fake-api/certs.ts';

const dir = mkdtempSync(join(tmpdir(), 'certificate-reads-'));

/** A connection through a kubeconfig with this cluster and user entry, as `connect` loads it. */
function connection(cluster: Record<string, string>, user: Record<string, string> = { token: 'not-a-real-token' }) {
  const file = join(dir, `kubeconfig-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'c', cluster }],
    users: [{ name: 'admin', user }],
    contexts: [{ name: 'ctx', context: { cluster: 'c', user: 'admin' } }],
    'current-context': 'ctx',
  }));
  return connect({ kubeconfig: file }, 1_000);
}

const gapOf = (message: string) => ({ certificates: [], gaps: [{ resource: 'apiserver-certificate', reason: 'error', message }] });

describe("apiServerCertificate: the API server's serving certificate", () => {
  it('is a gap that says so when the API is reached over plain HTTP', async () => {
    expect(await apiServerCertificate(connection({ server: 'http://127.0.0.1:1' }), 2_000))
      .toEqual(gapOf('the API is not reached over TLS: http://127.0.0.1:1 presents no certificate of its own to the capture'));
  });

  it('is a gap that says so when the API is reached through a proxy, over TLS or not', async () => {
    expect(await apiServerCertificate(connection({ server: 'https://10.0.0.1:6443', 'proxy-url': 'http://127.0.0.1:1' }), 2_000))
      .toEqual(gapOf('the API is reached through a proxy: https://10.0.0.1:6443 presents no certificate of its own to the capture'));
    expect(await apiServerCertificate(connection({ server: 'http://10.0.0.1:8080', 'proxy-url': 'http://127.0.0.1:1' }), 2_000))
      .toEqual(gapOf('the API is reached through a proxy: http://10.0.0.1:8080 presents no certificate of its own to the capture'));
  });

  it('is a gap with the handshake error when nothing answers', async () => {
    expect(await apiServerCertificate(connection({ server: 'https://127.0.0.1:1' }), 2_000))
      .toEqual(gapOf('TLS handshake with 127.0.0.1:1 failed (ECONNREFUSED)'));
  });

  it('connects to an IPv6 server address without its URL brackets', async () => {
    const { gaps } = await apiServerCertificate(connection({ server: 'https://[::1]:1' }), 2_000);
    // ECONNREFUSED where the machine has IPv6 loopback, another connect error where it has none.
    expect(gaps.map((g) => g.message)).toEqual([expect.stringMatching(/^TLS handshake with ::1:1 failed \(E[A-Z]+\)$/)]);
  });
});

describe("kubeconfigCertificate: the kubeconfig user's client certificate", () => {
  it('reads a client-certificate file and names the file where it lives', async () => {
    const file = join(dir, 'admin.crt');
    writeFileSync(file, testCerts().certPem);
    const { certificates, gaps } = await kubeconfigCertificate(connection({ server: 'https://127.0.0.1:1' }, { 'client-certificate': file, 'client-key': join(dir, 'admin.key') }));
    expect(gaps).toEqual([]);
    expect(certificates.map((c) => [c.id, c.source, c.name, c.location, c.subject])).toEqual([
      ['kubeconfig/admin', 'kubeconfig', 'admin', `kubeconfig users[admin].client-certificate ${file}`, 'CN=127.0.0.1'],
    ]);
  });

  it.each([
    ['a file that is not there', 'missing.crt', null, 'cannot read the file (ENOENT)'],
    ['a file that holds no certificate', 'garbage.crt', 'not a certificate\n', 'not a PEM or DER certificate'],
  ])('is a gap naming the file for %s', async (_, name, text, problem) => {
    const file = join(dir, name);
    if (text !== null) writeFileSync(file, text);
    expect(await kubeconfigCertificate(connection({ server: 'https://127.0.0.1:1' }, { 'client-certificate': file, 'client-key': join(dir, 'admin.key') }))).toEqual({
      certificates: [],
      gaps: [{ resource: 'kubeconfig-certificate/admin', reason: 'error', message: `users[admin].client-certificate ${file}: ${problem}` }],
    });
  });

  it('is nothing, not a gap, for a token user', async () => {
    expect(await kubeconfigCertificate(connection({ server: 'https://127.0.0.1:1' }))).toEqual({ certificates: [], gaps: [] });
  });
});
