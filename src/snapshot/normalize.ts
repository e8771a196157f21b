import { clusterCaCertificate, readClusterInfo } from './cluster-info.ts';
import { toCluster } from './normalize/cluster.ts';
import { toConfigMap, toSecret } from './normalize/config.ts';
import { toServiceEndpoints } from './normalize/endpoints.ts';
import { toEvents } from './normalize/events.ts';
import { byName, compare } from './normalize/fields.ts';
import { toLease } from './normalize/leases.ts';
import { toNode } from './normalize/nodes.ts';
import { ownerIndex } from './normalize/owners.ts';
import { toPod } from './normalize/pods.ts';
import { toSealedSecret } from './normalize/sealed-secrets.ts';
import { toService } from './normalize/services.ts';
import { toWorkloads } from './normalize/workloads.ts';
import type { RawState } from './raw.ts';
import { RunbookError } from './errors.ts';
import { describeIssue } from './parse.ts';
import { redactText } from './redact.ts';
import { SCHEMA_VERSION, SnapshotSchema, type Certificate, type Snapshot } from './schema.ts';

/**
 * RawState -> Snapshot, pure: kubectl's columns, owners, workloads, redaction, and a fixed order
 * (lists by name), so two captures of the same state differ only in `capturedAt`. The result is
 * validated: a value no API server sends (a negative or string restart count, a year past 9999, a
 * port of -1) reaches it from a hand-made or hostile dump, and is one line naming the field, not a stack.
 */
export function normalize(raw: RawState): Snapshot {
  const owners = ownerIndex(raw);
  const pods = raw.pods.map((pod) => toPod(pod, owners)).sort(byName);
  const nodes = raw.nodes.map(toNode).sort(byName);
  const clusterInfo = raw.clusterInfo ? readClusterInfo(raw.clusterInfo) : null;
  const snapshot: Snapshot = {
    schemaVersion: SCHEMA_VERSION,
    capturedAt: raw.capturedAt,
    capturedAtFrom: raw.capturedAtFrom,
    source: raw.source,
    cluster: toCluster(raw, clusterInfo, nodes),
    namespace: raw.namespace,
    pods,
    workloads: toWorkloads(raw, pods),
    nodes,
    services: raw.services.map(toService).sort(byName),
    serviceEndpoints: toServiceEndpoints(raw.endpointSlices),
    apiService: raw.apiService ? toService(raw.apiService) : null,
    configMaps: raw.configMaps.map(toConfigMap).sort(byName),
    secrets: raw.secrets.map(toSecret).sort(byName),
    leases: raw.leases.map(toLease).sort(byName),
    events: toEvents(raw.events),
    sealedSecrets: raw.sealedSecrets.map(toSealedSecret).sort(byName),
    clusterInfo,
    certificates: toCertificates(raw),
    apiHealth: raw.apiHealth,
    gaps: raw.gaps
      .map((gap) => ({ ...gap, message: redactText(gap.message) }))
      .sort((a, b) => compare(a.resource, b.resource)),
  };
  const result = SnapshotSchema.safeParse(snapshot);
  if (!result.success) {
    throw new RunbookError('E_INPUT', `the input holds a value no API server sends: ${describeIssue(result.error.issues)}${objectName(snapshot, result.error.issues[0]!.path)}; fix that field in the --from files (or, if they came from a real cluster, report it)`);
  }
  return result.data;
}

/** ` (object coredns-abc)` for an issue inside a list of named objects, so the reader finds it in the dump. */
function objectName(snapshot: Snapshot, path: readonly PropertyKey[]): string {
  const [list, index] = path;
  if (typeof list !== 'string' || typeof index !== 'number') return '';
  const item = (snapshot as Record<string, unknown>)[list];
  const name = Array.isArray(item) ? (item[index] as { name?: unknown } | undefined)?.name : undefined;
  return typeof name === 'string' ? ` (object ${JSON.stringify(name.slice(0, 100))})` : '';
}

/** The capture's and dump's certificates plus the cluster CA, one per id (a later file wins), by id. */
function toCertificates(raw: RawState): Certificate[] {
  const ca = raw.clusterInfo ? clusterCaCertificate(raw.clusterInfo) : null;
  const byId = new Map([...raw.certificates, ...(ca ? [ca] : [])].map((c) => [c.id, c]));
  return [...byId.values()].sort((a, b) => compare(a.id, b.id));
}
