import type { KubeMetadata, SecretMeta } from '../raw.ts';
import { withoutLastApplied } from '../redact.ts';
import { BadAnswerError } from './failures.ts';

/**
 * Secrets are listed as a server-side Table (`kubectl get secrets`' columns) with each row's object
 * in metadata-only form, so their values never leave the API server: the Type and Data (key count)
 * columns give what a metadata-only list cannot.
 */
export const SECRET_TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io';

/** Query parameters that make the Table carry PartialObjectMetadata, not the Secret. */
export const SECRET_TABLE_QUERY = { includeObject: 'Metadata' };

type Table = {
  kind?: string;
  columnDefinitions?: { name?: string }[];
  rows?: { cells?: unknown[]; object?: { metadata?: KubeMetadata } }[];
};

/** The SecretMeta of each row of a Secret Table page; a page that is not a Table is refused. */
export function secretsFromTable(page: unknown, namespace: string): SecretMeta[] {
  const table = page as Table;
  if (table.kind !== 'Table') {
    throw new BadAnswerError(`asked for a Table of secrets, got kind ${JSON.stringify(table.kind)}`);
  }
  const columns = (table.columnDefinitions ?? []).map((c) => c.name?.toLowerCase());
  const nameAt = columns.indexOf('name');
  const typeAt = columns.indexOf('type');
  const dataAt = columns.indexOf('data');
  return (table.rows ?? []).map((row) => {
    const cells = row.cells ?? [];
    return {
      metadata: withoutLastApplied(row.object?.metadata ?? { name: String(cells[nameAt] ?? ''), namespace }),
      type: typeAt >= 0 ? String(cells[typeAt] ?? '') : '',
      keyCount: dataAt >= 0 ? Number(cells[dataAt]) || 0 : 0,
    };
  });
}
