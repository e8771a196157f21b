import { describe, expect, it } from 'vitest';
import { clusterCaBase } from '../../src/snapshot/certificate-facts.ts';
import { MIGRATIONS } from '../../src/snapshot/migrate.ts';

describe('2 -> 3: the cluster CA a version 2 clusterInfo held', () => {
  const certificatesOf = (clusterInfo: unknown) => (MIGRATIONS[2]!({ schemaVersion: 2, nodes: [], gaps: [], clusterInfo }) as { certificates: unknown }).certificates;

  it('keeps its subject', () => {
    expect(certificatesOf({ server: 'https://192.168.1.100:6443', caSubject: 'CN=kubernetes', caNotAfter: '2036-11-22T17:46:20Z' })).toStrictEqual([
      { ...clusterCaBase(), subject: 'CN=kubernetes', notAfter: '2036-11-22T17:46:20Z' },
    ]);
  });

  it('has a null subject (unknown) when the file has none or not a string', () => {
    expect(certificatesOf({ server: null, caNotAfter: '2036-11-22T17:46:20Z' })).toStrictEqual([{ ...clusterCaBase(), subject: null, notAfter: '2036-11-22T17:46:20Z' }]);
    expect(certificatesOf({ server: null, caSubject: 42, caNotAfter: '2036-11-22T17:46:20Z' })).toStrictEqual([{ ...clusterCaBase(), subject: null, notAfter: '2036-11-22T17:46:20Z' }]);
  });

  it('is no certificate without an expiry', () => {
    expect(certificatesOf({ server: null, caSubject: 'CN=kubernetes', caNotAfter: null })).toStrictEqual([]);
  });
});
