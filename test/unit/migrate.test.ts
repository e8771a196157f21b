import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type MigrationSteps } from '../../src/snapshot/migrate.ts';
import { parseSnapshot } from '../../src/snapshot/parse.ts';
import { SCHEMA_VERSION } from '../../src/snapshot/schema.ts';
import { gapFor } from '../../src/snapshot/gaps.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

/**
 * Besides the real steps (MIGRATIONS), these tests inject a made-up older format: "version 0"
 * called a pod's restarts `restartCount`, and came before version 1.
 */
type Json = Record<string, unknown>;
const renameRestarts = (pod: Json): Json => {
  const { restartCount, ...rest } = pod;
  return { ...rest, restarts: restartCount };
};
const FROM_V0: MigrationSteps = {
  ...MIGRATIONS,
  0: (v0) => ({ ...v0, schemaVersion: 1, pods: (v0.pods as Json[]).map(renameRestarts) }),
};

/** The seed snapshot as version 2 wrote it: no certificates, no health checks, no node providerID, no record of where capturedAt came from. */
function seedAsV2(overrides: Json = {}): Json {
  const { certificates: _certificates, apiHealth: _apiHealth, capturedAtFrom: _from, nodes, ...rest } = structuredClone({ ...seedSnapshot(), ...overrides }) as unknown as Json;
  return { ...rest, schemaVersion: 2, nodes: (nodes as Json[]).map(({ providerID: _id, ...node }) => node) };
}

/** The seed snapshot as version 1 wrote it: no EndpointSlices either. */
function seedAsV1(): Json {
  const { serviceEndpoints: _dropped, ...rest } = seedAsV2();
  return { ...rest, schemaVersion: 1 };
}

/** The seed snapshot written in the made-up version 0. */
function seedAsV0(): Json {
  const v1 = seedAsV1();
  const pods = (v1.pods as Json[]).map(({ restarts, ...pod }) => ({ ...pod, restartCount: restarts }));
  return { ...v1, schemaVersion: 0, pods };
}

const V2_GAPS = ['readyz', 'livez', 'apiserver-certificate'].map((resource) => ({
  resource, reason: 'not-captured', message: 'taken by a kube-runbook that did not read certificates and health checks yet (schemaVersion 2)',
}));

/** The cluster CA a version 2 snapshot knew, from its clusterInfo (the seed's: CN=kubernetes until 2035). */
const SEED_CLUSTER_CA = {
  id: 'cluster-info/ca', source: 'cluster-info', name: 'ca', location: 'kube-public/configmaps/cluster-info',
  subject: 'CN=kubernetes', issuer: null, sans: [], notBefore: null, notAfter: '2035-11-10T09:30:00Z',
  selfSigned: null, isCA: true, caName: null, externallyManaged: null, missing: false,
};

/** What a version 2 snapshot of the seed reads as today: the CA it knew, health and the other certificates unknown. */
const seedFromV2 = () => ({ ...seedSnapshot(), certificates: [SEED_CLUSTER_CA], apiHealth: { readyz: null, livez: null }, gaps: V2_GAPS });

/** What a version 1 snapshot of the seed reads as today: EndpointSlices unknown, not "none". */
const seedFromV1 = () => ({
  ...seedFromV2(),
  serviceEndpoints: [],
  gaps: [{ resource: 'endpointslices.discovery.k8s.io', reason: 'not-captured', message: 'taken by a kube-runbook that did not read EndpointSlices yet (schemaVersion 1)' }, ...V2_GAPS],
});

describe('migrate', () => {
  it('is at version 3 and leaves a current snapshot as it is', () => {
    expect(SCHEMA_VERSION).toBe(3);
    const current = seedSnapshot();
    expect(migrate(structuredClone(current))).toEqual(current);
  });

  it('1 -> 2: a snapshot that never read EndpointSlices says so with a gap instead of showing no endpoints', () => {
    const migrated = parseSnapshot(seedAsV1(), 'snapshots/v1.json');
    expect(migrated).toEqual(seedFromV1());
    expect(gapFor(migrated, 'endpointSlices')?.reason).toBe('not-captured');
  });

  it('1 -> 2: a file without a gaps list gets only the EndpointSlices gap', () => {
    expect(MIGRATIONS[1]!({ schemaVersion: 1, pods: [] })).toEqual({
      schemaVersion: 2, pods: [], serviceEndpoints: [],
      gaps: [{ resource: 'endpointslices.discovery.k8s.io', reason: 'not-captured', message: 'taken by a kube-runbook that did not read EndpointSlices yet (schemaVersion 1)' }],
    });
  });

  it('2 -> 3: keeps the cluster CA it knew; health checks and the API server certificate are gaps, not "healthy"', () => {
    const migrated = parseSnapshot(seedAsV2(), 'snapshots/v2.json');
    expect(migrated).toEqual(seedFromV2());
    expect(gapFor(migrated, 'readyz')?.reason).toBe('not-captured');
    expect(migrated.apiHealth.readyz).toBeNull();
  });

  it('2 -> 3: providerID unknown (null) on every node; a capture stamped its clock, an example its --captured-at', () => {
    const live = parseSnapshot(seedAsV2({ source: 'live' }), 'snapshots/v2.json');
    expect(live.capturedAtFrom).toBe('clock');
    expect(live.nodes.map((node) => node.providerID)).toEqual([null, null, null]);
    expect(parseSnapshot(seedAsV2(), 'snapshots/v2.json').capturedAtFrom).toBe('option');
  });

  it('reads an older schemaVersion through its steps, as the current one', () => {
    expect(parseSnapshot(seedAsV0(), 'snapshots/old.json', FROM_V0)).toEqual(seedFromV1());
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
