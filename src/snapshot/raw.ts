import type { Gap, SnapshotSource } from './schema.ts';

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

/**
 * Where live capture (`capture.ts`) and dump import (`dump.ts`) meet: the namespace's objects as
 * plain JSON, not yet interpreted. `normalize()` turns it into a Snapshot; every rule lives there.
 * A list that could not be read is empty and has an entry in `gaps`.
 */
export type RawState = {
  capturedAt: string;
  source: SnapshotSource;
  namespace: string;
  /** Name and server of the kubeconfig's cluster, when captured live. */
  context: { clusterName: string | null; server: string | null };
  /** `/version` gitVersion, when the API answered it. */
  version: string | null;
  pods: KubeObject[];
  deployments: KubeObject[];
  replicaSets: KubeObject[];
  daemonSets: KubeObject[];
  statefulSets: KubeObject[];
  jobs: KubeObject[];
  cronJobs: KubeObject[];
  nodes: KubeObject[];
  services: KubeObject[];
  configMaps: KubeObject[];
  secrets: SecretMeta[];
  leases: KubeObject[];
  events: KubeObject[];
  /** SealedSecrets of all namespaces (bitnami.com/v1alpha1). */
  sealedSecrets: KubeObject[];
  /** `kube-public/cluster-info`, or null. */
  clusterInfo: KubeObject | null;
  /** `default/kubernetes`, or null. */
  apiService: KubeObject | null;
  gaps: Gap[];
};

/** A RawState with every list empty: the start of a capture or a dump read, before anything is read. */
export function emptyRawState(base: Pick<RawState, 'capturedAt' | 'source' | 'namespace'> & Partial<RawState>): RawState {
  return {
    context: { clusterName: null, server: null },
    version: null,
    pods: [], deployments: [], replicaSets: [], daemonSets: [], statefulSets: [], jobs: [], cronJobs: [],
    nodes: [], services: [], configMaps: [], secrets: [], leases: [], events: [], sealedSecrets: [],
    clusterInfo: null,
    apiService: null,
    gaps: [],
    ...base,
  };
}
