import { describe, expect, it } from 'vitest';
import { BadAnswerError } from '../../src/snapshot/capture/failures.ts';
import { secretsFromTable } from '../../src/snapshot/capture/secrets-table.ts';

const columns = ['Name', 'Type', 'Data', 'Age'].map((name) => ({ name, type: 'string' }));

describe('secretsFromTable', () => {
  it.each([
    ['metadata objects (includeObject=Metadata)',
      { kind: 'Table', columnDefinitions: columns, rows: [{ cells: ['tls', 'kubernetes.io/tls', 2, '5d'], object: { kind: 'PartialObjectMetadata', metadata: { name: 'tls', namespace: 'kube-system', labels: { a: 'b' } } } }] },
      [{ metadata: { name: 'tls', namespace: 'kube-system', labels: { a: 'b' } }, type: 'kubernetes.io/tls', keyCount: 2 }]],
    ['rows without objects (includeObject=None): the name comes from its cell',
      { kind: 'Table', columnDefinitions: columns, rows: [{ cells: ['token', 'Opaque', 0, '1d'] }] },
      [{ metadata: { name: 'token', namespace: 'kube-system' }, type: 'Opaque', keyCount: 0 }]],
    ['columns in another order',
      { kind: 'Table', columnDefinitions: [columns[2], columns[0], columns[1]], rows: [{ cells: [3, 'x', 'Opaque'] }] },
      [{ metadata: { name: 'x', namespace: 'kube-system' }, type: 'Opaque', keyCount: 3 }]],
    ['an empty Table', { kind: 'Table', columnDefinitions: columns, rows: [] }, []],
  ])('reads %s', (_name, page, expected) => {
    expect(secretsFromTable(page, 'kube-system')).toEqual(expected);
  });

  it('drops the last-applied annotation, which holds the values', () => {
    const page = { kind: 'Table', columnDefinitions: columns, rows: [{ cells: ['s', 'Opaque', 1, '1d'], object: { metadata: { name: 's', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"data":{"k":"djE="}}', keep: 'me' } } } }] };
    expect(secretsFromTable(page, 'kube-system')[0]?.metadata.annotations).toEqual({ keep: 'me' });
  });

  it('refuses a page that is not a Table (a server that ignored the Accept header)', () => {
    expect(() => secretsFromTable({ kind: 'SecretList', items: [] }, 'kube-system')).toThrow(BadAnswerError);
    expect(() => secretsFromTable({ kind: 'SecretList', items: [] }, 'kube-system')).toThrowErrorMatchingInlineSnapshot(`[BadAnswerError: asked for a Table of secrets, got kind "SecretList"]`);
  });
});
