import type { z } from 'zod';
import { RunbookError, jsonProblem } from './errors.ts';
import { MIGRATIONS, migrate, type MigrationSteps } from './migrate.ts';
import { SCHEMA_VERSION, SnapshotSchema, type Snapshot } from './schema.ts';

/** `pods[3].restarts` from a zod issue path. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One line for the first problem zod found, the field path in front: `pods[3].restarts: expected number`. */
export function describeIssue(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (!first) return 'invalid';
  const where = first.path.length > 0 ? `${formatPath(first.path)}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${where}${first.message}${more}`;
}

/**
 * Validates a decoded snapshot file, migrating older schemaVersions. `label` names the file in
 * errors: `snapshots/2026-11-24T09-30-00Z.json: pods[3].restarts: expected number, received string`.
 */
export function parseSnapshot(value: unknown, label: string, steps: MigrationSteps = MIGRATIONS): Snapshot {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new RunbookError('E_SNAPSHOT', `${label}: schemaVersion: expected an integer, received ${JSON.stringify(version) ?? 'nothing'}; is this a kube-runbook snapshot?`);
  }
  if (version > SCHEMA_VERSION) {
    throw new RunbookError('E_SNAPSHOT', `${label}: schemaVersion: ${version} is newer than this kube-runbook knows (${SCHEMA_VERSION}); update kube-runbook or remove the file`);
  }
  const migrated = migrate(value as { schemaVersion: number }, steps) as { schemaVersion: number };
  if (migrated.schemaVersion < SCHEMA_VERSION) {
    throw new RunbookError('E_SNAPSHOT', `${label}: schemaVersion: ${version} is older than any version this kube-runbook can read; capture it again with npm run snapshot`);
  }
  const result = SnapshotSchema.safeParse(migrated);
  if (!result.success) {
    throw new RunbookError('E_SNAPSHOT', `${label}: ${describeIssue(result.error.issues)}; fix the file or capture it again with npm run snapshot`);
  }
  return result.data;
}

/** Parses a snapshot file's text: JSON errors name the file too. */
export function parseSnapshotText(text: string, label: string): Snapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RunbookError('E_SNAPSHOT', `${label}: not valid JSON (${jsonProblem(error)}); capture it again or remove it`);
  }
  return parseSnapshot(value, label);
}
