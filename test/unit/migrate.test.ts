import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type MigrationSteps } from '../../src/snapshot/migrate.ts';
import { parseSnapshot } from '../../src/snapshot/parse.ts';
import { SCHEMA_VERSION } from '../../src/snapshot/schema.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

/**
 * Only schemaVersion 1 exists, so these tests inject a made-up older format: "version 0" called a
 * pod's restarts `restartCount`. A real step goes into MIGRATIONS when the schema really changes.
 */
type Json = Record<string, unknown>;
const renameRestarts = (pod: Json): Json => {
  const { restartCount, ...rest } = pod;
  return { ...rest, restarts: restartCount };
};
const FROM_V0: MigrationSteps = {
  0: (v0) => ({ ...v0, schemaVersion: 1, pods: (v0.pods as Json[]).map(renameRestarts) }),
};

/** The seed snapshot written in the made-up version 0. */
function seedAsV0(): Json {
  const v1 = structuredClone(seedSnapshot()) as unknown as Json;
  const pods = (v1.pods as Json[]).map(({ restarts, ...pod }) => ({ ...pod, restartCount: restarts }));
  return { ...v1, schemaVersion: 0, pods };
}

describe('migrate', () => {
  it('ships no step yet: the current version is the only one', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual({});
    const v1 = seedSnapshot();
    expect(migrate(structuredClone(v1))).toEqual(v1);
  });

  it('reads an older schemaVersion through its step, as the current one', () => {
    expect(parseSnapshot(seedAsV0(), 'snapshots/old.json', FROM_V0)).toEqual(seedSnapshot());
  });

  it('applies steps one after another, oldest first', () => {
    const steps: MigrationSteps = {
      1: (v1) => ({ ...v1, schemaVersion: 2, trail: ['1->2'] }),
      2: (v2) => ({ ...v2, schemaVersion: 3, trail: [...((v2.trail as string[] | undefined) ?? []), '2->3'] }),
    };
    expect(migrate({ schemaVersion: 1 }, steps)).toEqual({ schemaVersion: 3, trail: ['1->2', '2->3'] });
    expect(migrate({ schemaVersion: 2 }, steps)).toEqual({ schemaVersion: 3, trail: ['2->3'] });
  });

  it('refuses a step that does not raise the version (it would loop forever)', () => {
    expect(() => migrate({ schemaVersion: 0 }, { 0: (v0) => v0 })).toThrowErrorMatchingInlineSnapshot(`[Error: migration from schemaVersion 0 did not raise it]`);
  });

  it('says in one line when an old version has no way forward', () => {
    expect(() => parseSnapshot(seedAsV0(), 'snapshots/old.json')).toThrowErrorMatchingInlineSnapshot(
      `[RunbookError: snapshots/old.json: schemaVersion: 0 is older than any version this kube-runbook can read; capture it again with npm run snapshot]`,
    );
  });
});
