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
import { redactText } from './redact.ts';
import { SCHEMA_VERSION, SnapshotSchema, type Certificate, type Snapshot } from './schema.ts';

/**
 * RawState -> Snapshot, pure: kubectl's columns, owners, workloads, redaction, and a fixed order
 * (lists by name), so two captures of the same state differ only in `capturedAt`. The result is
 * validated; a failure here is a bug, not bad input, and keeps its stack.
 */
export function normalize(raw: RawState): Snapshot {
  const owners = ownerIndex(raw);
  const pods = raw.pods.map((pod) => toPod(pod, owners)).sort(byName);
  const nodes = raw.nodes.map(toNode).sort(byName);
  const clusterInfo = raw.clusterInfo ? readClusterInfo(raw.clusterInfo) : null;
  const snapshot: Snapshot = {
    schemaVersion: SCHEMA_VERSION,
    capturedAt: raw.capturedAt,
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
  return SnapshotSchema.parse(snapshot);
}

/** The capture's and dump's certificates plus the cluster CA, one per id (a later file wins), by id. */
function toCertificates(raw: RawState): Certificate[] {
  const ca = raw.clusterInfo ? clusterCaCertificate(raw.clusterInfo) : null;
  const byId = new Map([...raw.certificates, ...(ca ? [ca] : [])].map((c) => [c.id, c]));
  return [...byId.values()].sort((a, b) => compare(a.id, b.id));
}
