import type { RawState } from '../raw.ts';

/** The RawState fields that hold a list of plain objects. */
export type ObjectListKey = 'pods' | 'deployments' | 'replicaSets' | 'daemonSets' | 'statefulSets' | 'jobs' | 'cronJobs'
  | 'nodes' | 'services' | 'configMaps' | 'leases' | 'events' | 'sealedSecrets';

/** One list a capture reads: where, what its items are, and the name a gap gives it. */
export type ListSpec = {
  key: ObjectListKey & keyof RawState;
  /** The resource as gaps and progress lines name it (`events`, `sealedsecrets.bitnami.com`). */
  resource: string;
  apiVersion: string;
  kind: string;
  /** The API path; `{ns}` is the captured namespace. */
  path: string;
  query?: Record<string, string>;
  /** A 404 here means the CRD is not installed. */
  crd?: boolean;
  /** Read from every namespace (its path has no `{ns}` though the resource is namespaced). */
  allNamespaces?: boolean;
};

/** Every list a live capture reads, pods first (they are the one list a capture cannot do without). */
export const LISTS: ListSpec[] = [
  { key: 'pods', resource: 'pods', apiVersion: 'v1', kind: 'Pod', path: '/api/v1/namespaces/{ns}/pods' },
  { key: 'deployments', resource: 'deployments', apiVersion: 'apps/v1', kind: 'Deployment', path: '/apis/apps/v1/namespaces/{ns}/deployments' },
  { key: 'replicaSets', resource: 'replicasets', apiVersion: 'apps/v1', kind: 'ReplicaSet', path: '/apis/apps/v1/namespaces/{ns}/replicasets' },
  { key: 'daemonSets', resource: 'daemonsets', apiVersion: 'apps/v1', kind: 'DaemonSet', path: '/apis/apps/v1/namespaces/{ns}/daemonsets' },
  { key: 'statefulSets', resource: 'statefulsets', apiVersion: 'apps/v1', kind: 'StatefulSet', path: '/apis/apps/v1/namespaces/{ns}/statefulsets' },
  { key: 'jobs', resource: 'jobs', apiVersion: 'batch/v1', kind: 'Job', path: '/apis/batch/v1/namespaces/{ns}/jobs' },
  { key: 'cronJobs', resource: 'cronjobs', apiVersion: 'batch/v1', kind: 'CronJob', path: '/apis/batch/v1/namespaces/{ns}/cronjobs' },
  { key: 'services', resource: 'services', apiVersion: 'v1', kind: 'Service', path: '/api/v1/namespaces/{ns}/services' },
  { key: 'configMaps', resource: 'configmaps', apiVersion: 'v1', kind: 'ConfigMap', path: '/api/v1/namespaces/{ns}/configmaps' },
  { key: 'leases', resource: 'leases', apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', path: '/apis/coordination.k8s.io/v1/namespaces/{ns}/leases' },
  { key: 'events', resource: 'events', apiVersion: 'v1', kind: 'Event', path: '/api/v1/namespaces/{ns}/events', query: { fieldSelector: 'type=Warning' } },
  { key: 'nodes', resource: 'nodes', apiVersion: 'v1', kind: 'Node', path: '/api/v1/nodes' },
  { key: 'sealedSecrets', resource: 'sealedsecrets.bitnami.com', apiVersion: 'bitnami.com/v1alpha1', kind: 'SealedSecret', path: '/apis/bitnami.com/v1alpha1/sealedsecrets', crd: true, allNamespaces: true },
];

/** Single objects a capture reads, by the RawState field they fill. */
export const SINGLES = {
  clusterInfo: { resource: 'kube-public/configmaps/cluster-info', apiVersion: 'v1', kind: 'ConfigMap', path: '/api/v1/namespaces/kube-public/configmaps/cluster-info' },
  apiService: { resource: 'default/services/kubernetes', apiVersion: 'v1', kind: 'Service', path: '/api/v1/namespaces/default/services/kubernetes' },
} as const;

/** Gap name of the Secrets list (read as a Table, outside LISTS). */
export const SECRETS_RESOURCE = 'secrets';
/** Gap name of /version. */
export const VERSION_RESOURCE = 'version';
