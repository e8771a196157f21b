import { RESOURCE_KEYS, isListKey, type ListKey, type ObjectKey, type RESOURCES } from './resources.ts';
import type { ApiHealth, CapturedAtFrom, Certificate, Gap, SnapshotSource } from './schema.ts';

/** A Kubernetes object as the API (or `kubectl get -o json`) serializes it: timestamps are strings. */
export type KubeObject = {
  apiVersion?: string;
  kind?: string;
  metadata?: KubeMetadata;
  [field: string]: unknown;
};

export type KubeMetadata = {
  name?: string;
  namespace?: string;
  uid?: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { kind: string; name: string; uid?: string; controller?: boolean }[];
  [field: string]: unknown;
};

/** A Secret as listed without its values: what the Table / metadata-only forms can tell. */
export type SecretMeta = {
  metadata: KubeMetadata;
  type: string;
  keyCount: number;
};

type RawItem<K extends ListKey> = (typeof RESOURCES)[K] extends { form: 'table' } ? SecretMeta : KubeObject;

/**
 * Where live capture (`capture.ts`) and dump import (`dump.ts`) meet: the namespace's objects as
 * plain JSON, not yet interpreted. `normalize()` turns it into a Snapshot; every rule lives there.
 * One field per entry of the registry (`resources.ts`): a list, or one object (null when absent).
 * A resource that could not be read is empty and has an entry in `gaps`.
 */
export type RawState = {
  capturedAt: string;
  /** Where capturedAt comes from (see the Snapshot field of the same name). */
  capturedAtFrom: CapturedAtFrom;
  source: SnapshotSource;
  namespace: string;
  /** Name and server of the kubeconfig's cluster, when captured live. */
  context: { clusterName: string | null; server: string | null };
  /** `/version` gitVersion, when the API answered it. */
  version: string | null;
  /** Certificates read by the capture (TLS handshakes, kubeconfig) or imported (kubeadm's output); the cluster CA is added by normalize. */
  certificates: Certificate[];
  apiHealth: ApiHealth;
  gaps: Gap[];
} & { [K in ListKey]: RawItem<K>[] } & { [K in ObjectKey]: KubeObject | null };

/** A RawState with every list empty: the start of a capture or a dump read, before anything is read. */
export function emptyRawState(base: Pick<RawState, 'capturedAt' | 'source' | 'namespace'> & Partial<RawState>): RawState {
  const empty = Object.fromEntries(RESOURCE_KEYS.map((key) => [key, isListKey(key) ? [] : null]));
  return {
    context: { clusterName: null, server: null },
    capturedAtFrom: 'clock',
    version: null,
    certificates: [],
    apiHealth: { readyz: null, livez: null },
    gaps: [],
    ...(empty as unknown as { [K in ListKey]: RawItem<K>[] } & { [K in ObjectKey]: null }),
    ...base,
  };
}
