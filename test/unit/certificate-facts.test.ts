/** The facts kept of one X.509 certificate: names one per attribute joined, SANs, validity, self-signed, CA. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { certificateFacts, parseCertificate } from '../../src/snapshot/certificate-facts.ts';
import { testCerts } from '../fake-api/certs.ts';

const place = { id: 'test/x', source: 'kubeconfig', name: 'x', location: 'kubeconfig x' } as const;
const dir = mkdtempSync(join(tmpdir(), 'kube-runbook-cert-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });

/** A certificate signed by the test CA's key, with the subject given and the extensions of `ext`. */
function signedByCa(name: string, subject: string, ext: string): X509Certificate {
  const ca = testCerts();
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', subject, '-keyout', file(`${name}.key`), '-out', file(`${name}.csr`));
  writeFileSync(file(`${name}.ext`), ext);
  openssl('x509', '-req', '-in', file(`${name}.csr`), '-CA', join(ca.dir, 'ca.crt'), '-CAkey', join(ca.dir, 'ca.key'), '-set_serial', '7', '-days', '30', '-extfile', file(`${name}.ext`), '-out', file(`${name}.crt`));
  return new X509Certificate(readFileSync(file(`${name}.crt`)));
}

describe('certificateFacts', () => {
  it('keeps a server certificate\'s names, SANs, validity, and that its CA signed it', () => {
    const x509 = new X509Certificate(testCerts().certPem);
    const facts = certificateFacts(x509, place);
    expect(facts).toEqual({
      ...place,
      subject: 'CN=127.0.0.1',
      issuer: 'CN=fake-api-ca',
      sans: ['IP Address:127.0.0.1', 'DNS:localhost'],
      notBefore: new Date(x509.validFrom).toISOString().replace('.000', ''),
      notAfter: new Date(x509.validTo).toISOString().replace('.000', ''),
      selfSigned: false,
      isCA: false,
      caName: null,
      externallyManaged: null,
      missing: false,
    });
  });

  it('marks a root CA self-signed and a CA, with no SANs', () => {
    const facts = certificateFacts(new X509Certificate(testCerts().caPem), place);
    expect([facts.subject, facts.issuer, facts.sans, facts.selfSigned, facts.isCA]).toEqual(['CN=fake-api-ca', 'CN=fake-api-ca', [], true, true]);
  });

  it('joins a name of several attributes with commas, as a table wants', () => {
    const x509 = signedByCa('multi', '/O=system:masters/CN=kubernetes-admin', 'subjectAltName=DNS:a.example\n');
    expect(certificateFacts(x509, place).subject).toBe('O=system:masters, CN=kubernetes-admin');
  });

  it('is not self-signed when it only names itself as issuer, but another key signed it', () => {
    // Same subject as the CA, no key identifiers: the issuer name matches its own subject, the signature does not.
    const x509 = signedByCa('lookalike', '/CN=fake-api-ca', 'subjectKeyIdentifier=none\nauthorityKeyIdentifier=none\n');
    expect(x509.checkIssued(x509)).toBe(true);
    expect(certificateFacts(x509, place).selfSigned).toBe(false);
  });
});

describe('parseCertificate', () => {
  it('reads PEM, DER and base64 of either, and gives null for anything else', () => {
    const pem = testCerts().caPem;
    const der = new X509Certificate(pem).raw;
    expect(parseCertificate(Buffer.from(pem))?.subject).toBe('CN=fake-api-ca');
    expect(parseCertificate(der)?.subject).toBe('CN=fake-api-ca');
    expect(parseCertificate(der.toString('base64'))?.subject).toBe('CN=fake-api-ca');
    expect(parseCertificate(Buffer.from(pem).toString('base64'))?.subject).toBe('CN=fake-api-ca');
    expect(parseCertificate(Buffer.from('not a certificate'))).toBeNull();
  });
});
