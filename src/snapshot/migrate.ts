import { clusterCaBase } from './certificate-facts.ts';
import { API_SERVER_CERTIFICATE_GAP } from './certificate-gaps.ts';
/** One migration step: the JSON of version N in, the JSON of version N + 1 out. */
export type MigrationStep = (old: Record<string, unknown>) => Record<string, unknown>;

/** Steps keyed by the version they upgrade from. */
export type MigrationSteps = Readonly<Record<number, MigrationStep>>;

/**
 * Upgrades a snapshot written by an older kube-runbook to the current schemaVersion, one step at a
 * time. Each step takes the previous version's JSON and returns the next one's.
 */
export const MIGRATIONS: MigrationSteps = {
  // 2 reads EndpointSlices. A version 1 snapshot never asked for them: unknown, not "no endpoints".
  1: (v1) => ({
    ...v1,
    schemaVersion: 2,
    serviceEndpoints: [],
    gaps: [
      ...(Array.isArray(v1.gaps) ? v1.gaps : []),
      { resource: 'endpointslices.discovery.k8s.io', reason: 'not-captured', message: 'taken by a kube-runbook that did not read EndpointSlices yet (schemaVersion 1)' },
    ],
  }),
  // 3 records nodes' providerID (for the cluster's shape), where capturedAt came from, certificates
  // and the API server's health checks. A version 2 snapshot never read providerID (null: unknown),
  // stamped its own clock (or --captured-at: examples) and knew only the cluster CA (kept, from
  // clusterInfo); the rest was never asked: unknown, not "healthy".
  2: (v2) => ({
    ...v2,
    schemaVersion: 3,
    capturedAtFrom: v2.source === 'example' ? 'option' : 'clock',
    // A file without nodes stays without them: the schema names the missing field.
    ...(Array.isArray(v2.nodes) ? { nodes: v2.nodes.map((node: Record<string, unknown>) => ({ ...node, providerID: null })) } : {}),
    certificates: clusterCaFromV2(v2.clusterInfo),
    apiHealth: { readyz: null, livez: null },
    gaps: [
      ...(Array.isArray(v2.gaps) ? v2.gaps : []),
      ...['readyz', 'livez', API_SERVER_CERTIFICATE_GAP].map((resource) => ({
        resource, reason: 'not-captured', message: 'taken by a kube-runbook that did not read certificates and health checks yet (schemaVersion 2)',
      })),
    ],
  }),
};

/** The cluster CA entry a version 2 snapshot's clusterInfo already held. */
function clusterCaFromV2(clusterInfo: unknown): unknown[] {
  const info = clusterInfo as { caSubject?: unknown; caNotAfter?: unknown } | null | undefined;
  if (typeof info?.caNotAfter !== 'string') return [];
  const subject = typeof info.caSubject === 'string' ? info.caSubject : null;
  return [{ ...clusterCaBase(), subject, notAfter: info.caNotAfter }];
}

/**
 * Returns the snapshot at the newest version `steps` reach (the caller has rejected newer versions
 * and checks the result's schemaVersion). `steps` is a parameter so tests can migrate a made-up old version.
 */
export function migrate(value: { schemaVersion: number }, steps: MigrationSteps = MIGRATIONS): unknown {
  let current = value as Record<string, unknown> & { schemaVersion: number };
  for (let step = steps[current.schemaVersion]; step; step = steps[current.schemaVersion]) {
    const next = step(current) as typeof current;
    // A step that forgets to bump the version would loop forever.
    if (!(next.schemaVersion > current.schemaVersion)) throw new Error(`migration from schemaVersion ${current.schemaVersion} did not raise it`);
    current = next;
  }
  return current;
}
