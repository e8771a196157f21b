import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A test-only CA and a server certificate for 127.0.0.1, as PEM text. */
export type TestCerts = { caPem: string; certPem: string; keyPem: string; /** Where the CA's key is, for `issueCertificate`. */ dir: string };

let cached: TestCerts | undefined;

/**
 * Makes a throwaway CA (ten years, as kubeadm's) and a 127.0.0.1 server certificate (one year, as
 * kubeadm's apiserver.crt) with openssl, once per process: a healthy cluster's certificates.
 */
export function testCerts(): TestCerts {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'fake-api-certs-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '3650',
    '-subj', '/CN=fake-api-ca', '-keyout', file('ca.key'), '-out', file('ca.crt'));
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-subj', '/CN=127.0.0.1', '-keyout', file('server.key'), '-out', file('server.csr'));
  writeFileSync(file('san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  openssl('x509', '-req', '-in', file('server.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'),
    '-CAcreateserial', '-days', '365', '-extfile', file('san.ext'), '-out', file('server.crt'));
  cached = {
    caPem: readFileSync(file('ca.crt'), 'utf8'),
    certPem: readFileSync(file('server.crt'), 'utf8'),
    keyPem: readFileSync(file('server.key'), 'utf8'),
    dir,
  };
  return cached;
}

/** What `issueCertificate` makes: a subject, its SANs, a validity window, and who signs it. */
export type CertificateRequest = {
  cn: string;
  /** `IP:127.0.0.1`, `DNS:localhost`. */
  sans: string[];
  notBefore: Date;
  notAfter: Date;
  /** Signed by its own key (a kubelet's default serving certificate) instead of the test CA. */
  selfSigned?: boolean;
};

/** `20261124093000Z`: the date form of `openssl ca -startdate/-enddate`. */
function opensslDate(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * A certificate with any validity window, past ones included (`openssl x509 -days` cannot make an
 * expired one; `openssl ca -startdate/-enddate` can), signed by the test CA or by itself.
 */
export function issueCertificate(request: CertificateRequest): { certPem: string; keyPem: string } {
  const ca = testCerts();
  const dir = mkdtempSync(join(tmpdir(), 'fake-cert-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  writeFileSync(file('ca.crt'), ca.caPem);
  writeFileSync(file('ca.key'), readFileSync(join(ca.dir, 'ca.key')));
  writeFileSync(file('index.txt'), '');
  writeFileSync(file('serial'), `${Date.now().toString(16).padStart(16, '0')}\n`);
  writeFileSync(file('ca.cnf'), [
    '[ca]', 'default_ca = test', '[test]', `dir = ${dir}`, `database = ${file('index.txt')}`, `new_certs_dir = ${dir}`,
    `serial = ${file('serial')}`, 'default_md = sha256', 'policy = any', 'unique_subject = no', '[any]', 'commonName = supplied',
    '[ext]', `subjectAltName = ${request.sans.join(',')}`, '',
  ].join('\n'));
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-subj', `/CN=${request.cn}`, '-keyout', file('server.key'), '-out', file('server.csr'));
  const signer = request.selfSigned ? ['-selfsign', '-keyfile', file('server.key')] : ['-cert', file('ca.crt'), '-keyfile', file('ca.key')];
  openssl('ca', '-batch', '-notext', '-config', file('ca.cnf'), '-extensions', 'ext', '-in', file('server.csr'), ...signer,
    '-startdate', opensslDate(request.notBefore), '-enddate', opensslDate(request.notAfter), '-out', file('server.crt'));
  return { certPem: readFileSync(file('server.crt'), 'utf8'), keyPem: readFileSync(file('server.key'), 'utf8') };
}
