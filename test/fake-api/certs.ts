import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A test-only CA and a server certificate for 127.0.0.1, as PEM text. */
export type TestCerts = { caPem: string; certPem: string; keyPem: string };

let cached: TestCerts | undefined;

/** Makes a throwaway CA and a 127.0.0.1 server certificate with openssl (once per process). */
export function testCerts(): TestCerts {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'fake-api-certs-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', '/CN=fake-api-ca', '-keyout', file('ca.key'), '-out', file('ca.crt'));
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-subj', '/CN=127.0.0.1', '-keyout', file('server.key'), '-out', file('server.csr'));
  writeFileSync(file('san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  openssl('x509', '-req', '-in', file('server.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'),
    '-CAcreateserial', '-days', '2', '-extfile', file('san.ext'), '-out', file('server.crt'));
  cached = {
    caPem: readFileSync(file('ca.crt'), 'utf8'),
    certPem: readFileSync(file('server.crt'), 'utf8'),
    keyPem: readFileSync(file('server.key'), 'utf8'),
  };
  return cached;
}
