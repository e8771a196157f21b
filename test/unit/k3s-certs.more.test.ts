/** readK3sCertificateCheck on entries of `k3s certificate check --output json`: which copy of a certificate is kept, and bad entries. */
import { describe, expect, it } from 'vitest';
import { RunbookError } from '../../src/snapshot/errors.ts';
import { readK3sCertificateCheck } from '../../src/snapshot/k3s-certs.ts';

const WHERE = 'certs/k3s.json';
const admin = (overrides: Record<string, unknown>) => ({
  Filename: 'client-admin.crt', Subject: 'system:admin', Issuer: 'k3s-client-ca@1736843512', Usages: ['ClientAuth'],
  ExpiryTime: '2027-01-14T08:31:52Z', ResidualTime: 31535400000000000, Status: 'OK', ...overrides,
});
const kept = (...entries: unknown[]) => readK3sCertificateCheck({ Certificates: entries }, WHERE).map((c) => [c.id, c.issuer, c.notBefore, c.notAfter]);

describe('readK3sCertificateCheck: one certificate listed twice', () => {
  it('keeps the earlier expiry, whichever comes first', () => {
    const early = admin({ ExpiryTime: '2027-01-14T08:31:52Z' });
    const late = admin({ ExpiryTime: '2027-03-01T00:00:00Z', Issuer: 'k3s-client-ca@1740000000' });
    const want = [['k3s/client-admin.crt/system:admin', 'CN=k3s-client-ca@1736843512', null, '2027-01-14T08:31:52Z']];
    expect(kept(early, late)).toEqual(want);
    expect(kept(late, early)).toEqual(want);
  });

  it('keeps the first of two with the same expiry', () => {
    expect(kept(admin({}), admin({ Issuer: 'k3s-client-ca@1740000000' }))).toEqual([
      ['k3s/client-admin.crt/system:admin', 'CN=k3s-client-ca@1736843512', null, '2027-01-14T08:31:52Z'],
    ]);
  });

  it('prefers a copy with a known expiry to one not yet valid (whose ExpiryTime is its notBefore)', () => {
    const future = admin({ ExpiryTime: '2026-12-01T00:00:00Z', Status: 'NOT YET VALID', Issuer: 'k3s-client-ca@1740000000' });
    const want = [['k3s/client-admin.crt/system:admin', 'CN=k3s-client-ca@1736843512', null, '2027-01-14T08:31:52Z']];
    expect(kept(future, admin({}))).toEqual(want);
    expect(kept(admin({}), future)).toEqual(want);
  });

  it('reads a CA by its CertSign usage, and an entry without usages as a leaf', () => {
    const ca = admin({ Subject: 'k3s-client-ca@1736843512', Usages: ['CertSign'], ExpiryTime: '2035-01-12T08:31:52Z' });
    const noUsages = admin({ Usages: null });
    expect(readK3sCertificateCheck({ Certificates: [ca, noUsages] }, WHERE).map((c) => [c.id, c.isCA])).toEqual([
      ['k3s/ca/k3s-client-ca@1736843512', true],
      ['k3s/client-admin.crt/system:admin', false],
    ]);
  });
});

describe('readK3sCertificateCheck: bad entries', () => {
  it.each([
    ['an entry that is not an object', 'client-admin.crt', 'certs/k3s.json: Certificates[1]: expected an object'],
    ['an issuer that is no common name', admin({ Issuer: '<b>ca</b>' }), 'certs/k3s.json: Certificates[1].Issuer: expected a common name such as k3s-client-ca@1700000000'],
  ])('stops on %s with one line naming the entry and field', (_case, bad, problem) => {
    let error: unknown;
    try {
      readK3sCertificateCheck({ Certificates: [admin({}), bad] }, WHERE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RunbookError);
    expect(error).toMatchObject({ code: 'E_INPUT', message: `${problem}; pass the output of k3s certificate check --output json as it wrote it` });
  });
});

describe('readK3sCertificateCheck: what a certificate holds', () => {
  it('gives a leaf in full: no SANs (k3s does not print them), present on disk, signed by its CA', () => {
    expect(readK3sCertificateCheck({ Certificates: [admin({})] }, WHERE)).toEqual([{
      id: 'k3s/client-admin.crt/system:admin',
      source: 'k3s',
      name: 'client-admin.crt',
      location: '/var/lib/rancher/k3s/server/tls/client-admin.crt',
      subject: 'CN=system:admin',
      issuer: 'CN=k3s-client-ca@1736843512',
      sans: [],
      notBefore: null,
      notAfter: '2027-01-14T08:31:52Z',
      selfSigned: null,
      isCA: false,
      caName: 'k3s-client-ca@1736843512',
      externallyManaged: null,
      missing: false,
    }]);
  });

  it('echoes at most 40 characters of a bad ExpiryTime', () => {
    const bad = admin({ ExpiryTime: `2027-01-14 ${'x'.repeat(60)}` });
    expect(() => readK3sCertificateCheck({ Certificates: [bad] }, WHERE)).toThrow(
      `certs/k3s.json: Certificates[0].ExpiryTime: expected an RFC 3339 time, received "2027-01-14 ${'x'.repeat(29)}"; pass the output of k3s certificate check --output json as it wrote it`,
    );
  });
});
