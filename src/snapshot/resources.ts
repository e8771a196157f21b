/**
 * The one registry of what a snapshot reads. RawState's fields, the capture's requests, the dump
 * reader's kinds, the names gaps carry and the RBAC the scheduled job needs are all derived from
 * this table: a resource is added here, once.
 */

/** Where a resource is read. */
export type ResourceScope =
  /** In the captured namespace (`kube-system`). */
  | 'namespace'
  /** Cluster-scoped (nodes). */
  | 'cluster'
  /** Namespaced, but read across every namespace (SealedSecrets). */
  | 'all-namespaces'
  /** One named object, wherever it lives (`kube-public/cluster-info`). */
  | 'object';

/** One entry of the registry. */
export type ResourceSpec = {
  /** How gaps, progress lines and hints name it: kubectl's resource name (`events`, `sealedsecrets.bitnami.com`). */
  gap: string;
  kind: string;
  apiVersion: string;
  /** The URL plural (`sealedsecrets`). */
  plural: string;
  scope: ResourceScope;
  /** With scope `object`: the one object read. */
  object?: { namespace: string; name: string };
  /** `required`: a capture that cannot read it fails; `optional`: it becomes a gap. */
  need: 'required' | 'optional';
  /** A CustomResourceDefinition: a 404 means the CRD is not installed. */
  crd?: boolean;
  /** Read in the Table form, which carries no values (Secrets). */
  form?: 'table';
  /**
   * Granted only by this opt-in kustomize component (`deploy/components/<optIn>`), not by default:
   * RBAC cannot limit `list secrets` to the Table form, so a token that may list them may read values.
   */
  optIn?: 'secrets';
  /** Query parameters of the list request. */
  query?: Readonly<Record<string, string>>;
};

/** Everything a snapshot reads, by the RawState field it fills; pods first (a capture cannot do without them). */
export const RESOURCES = {
  pods: { gap: 'pods', kind: 'Pod', apiVersion: 'v1', plural: 'pods', scope: 'namespace', need: 'required' },
  deployments: { gap: 'deployments', kind: 'Deployment', apiVersion: 'apps/v1', plural: 'deployments', scope: 'namespace', need: 'optional' },
  replicaSets: { gap: 'replicasets', kind: 'ReplicaSet', apiVersion: 'apps/v1', plural: 'replicasets', scope: 'namespace', need: 'optional' },
  daemonSets: { gap: 'daemonsets', kind: 'DaemonSet', apiVersion: 'apps/v1', plural: 'daemonsets', scope: 'namespace', need: 'optional' },
  statefulSets: { gap: 'statefulsets', kind: 'StatefulSet', apiVersion: 'apps/v1', plural: 'statefulsets', scope: 'namespace', need: 'optional' },
  jobs: { gap: 'jobs', kind: 'Job', apiVersion: 'batch/v1', plural: 'jobs', scope: 'namespace', need: 'optional' },
  cronJobs: { gap: 'cronjobs', kind: 'CronJob', apiVersion: 'batch/v1', plural: 'cronjobs', scope: 'namespace', need: 'optional' },
  services: { gap: 'services', kind: 'Service', apiVersion: 'v1', plural: 'services', scope: 'namespace', need: 'optional' },
  endpointSlices: { gap: 'endpointslices.discovery.k8s.io', kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', plural: 'endpointslices', scope: 'namespace', need: 'optional' },
  configMaps: { gap: 'configmaps', kind: 'ConfigMap', apiVersion: 'v1', plural: 'configmaps', scope: 'namespace', need: 'optional' },
  secrets: { gap: 'secrets', kind: 'Secret', apiVersion: 'v1', plural: 'secrets', scope: 'namespace', need: 'optional', form: 'table', optIn: 'secrets' },
  leases: { gap: 'leases', kind: 'Lease', apiVersion: 'coordination.k8s.io/v1', plural: 'leases', scope: 'namespace', need: 'optional' },
  events: { gap: 'events', kind: 'Event', apiVersion: 'v1', plural: 'events', scope: 'namespace', need: 'optional', query: { fieldSelector: 'type=Warning' } },
  nodes: { gap: 'nodes', kind: 'Node', apiVersion: 'v1', plural: 'nodes', scope: 'cluster', need: 'optional' },
  sealedSecrets: { gap: 'sealedsecrets.bitnami.com', kind: 'SealedSecret', apiVersion: 'bitnami.com/v1alpha1', plural: 'sealedsecrets', scope: 'all-namespaces', need: 'optional', crd: true },
  clusterInfo: { gap: 'kube-public/configmaps/cluster-info', kind: 'ConfigMap', apiVersion: 'v1', plural: 'configmaps', scope: 'object', object: { namespace: 'kube-public', name: 'cluster-info' }, need: 'optional' },
  apiService: { gap: 'default/services/kubernetes', kind: 'Service', apiVersion: 'v1', plural: 'services', scope: 'object', object: { namespace: 'default', name: 'kubernetes' }, need: 'optional' },
} as const satisfies Record<string, ResourceSpec>;

/** Non-resource URLs a capture reads, by the RawState field they fill. */
export const NON_RESOURCES = {
  version: { gap: 'version', path: '/version' },
  /** The API server's readiness checks, one line each (`[+]etcd ok`); HTTP 500 when one fails. */
  readyz: { gap: 'readyz', path: '/readyz?verbose' },
  /** The API server's liveness checks, same format. */
  livez: { gap: 'livez', path: '/livez?verbose' },
} as const;

/** A resource of the registry, by its RawState field. A misspelt one does not compile. */
export type ResourceKey = keyof typeof RESOURCES;
/** Anything a snapshot can have a gap for. */
export type GapKey = ResourceKey | keyof typeof NON_RESOURCES;
/** The name a gap gives each of them (`Gap.resource`). */
export type GapResource = (typeof RESOURCES)[ResourceKey]['gap'] | (typeof NON_RESOURCES)[keyof typeof NON_RESOURCES]['gap'];

type Spec<K extends ResourceKey> = (typeof RESOURCES)[K];
/** Resources read as a list. */
export type ListKey = { [K in ResourceKey]: Spec<K>['scope'] extends 'object' ? never : K }[ResourceKey];
/** Resources read as one named object. */
export type ObjectKey = Exclude<ResourceKey, ListKey>;

/** Every registry entry, in order (pods first), with its key. */
export const RESOURCE_KEYS = Object.keys(RESOURCES) as ResourceKey[];

/** The registry entry of a key, typed as the general spec. */
export function specOf(key: ResourceKey): ResourceSpec & { key: ResourceKey } {
  return { key, ...(RESOURCES[key] as ResourceSpec) };
}

/** The gap name of a key (`sealedSecrets` -> `sealedsecrets.bitnami.com`). */
export function gapName(key: GapKey): GapResource {
  return key in NON_RESOURCES ? NON_RESOURCES[key as keyof typeof NON_RESOURCES].gap : RESOURCES[key as ResourceKey].gap;
}

/** True for the keys read as a list (every scope but `object`). */
export function isListKey(key: ResourceKey): key is ListKey {
  return RESOURCES[key].scope !== 'object';
}

/** The API group of an apiVersion: `''` for the core group (`v1`), `apps` for `apps/v1`. */
export function apiGroup(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}

/** The API path of a resource, in `namespace` for the namespaced scope. */
export function apiPath(spec: ResourceSpec, namespace: string): string {
  const prefix = spec.apiVersion.includes('/') ? `/apis/${spec.apiVersion}` : `/api/${spec.apiVersion}`;
  switch (spec.scope) {
    case 'namespace':
      return `${prefix}/namespaces/${encodeURIComponent(namespace)}/${spec.plural}`;
    case 'object':
      return `${prefix}/namespaces/${encodeURIComponent(spec.object!.namespace)}/${spec.plural}/${encodeURIComponent(spec.object!.name)}`;
    default:
      return `${prefix}/${spec.plural}`;
  }
}

/** One RBAC rule the capture needs, and where it must apply. */
export type AccessRule = {
  /** `namespace`: the captured namespace; a name: that namespace; `cluster`: cluster-wide. */
  where: 'namespace' | 'cluster' | string;
  verb: 'list' | 'get';
  apiGroup: string;
  resource: string;
  resourceName?: string;
} | { where: 'cluster'; verb: 'get'; nonResourceURL: string };

/**
 * The permissions a capture needs, derived from the registry: what `deploy/` must grant, and no more.
 * Resources behind an opt-in component are included only when `optIns` names it.
 */
export function requiredAccess(optIns: readonly string[]): AccessRule[] {
  const keys = RESOURCE_KEYS.filter((key) => {
    const optIn = specOf(key).optIn;
    return optIn === undefined || optIns.includes(optIn);
  });
  const rules: AccessRule[] = keys.map((key): AccessRule => {
    const spec = specOf(key);
    const base = { apiGroup: apiGroup(spec.apiVersion), resource: spec.plural };
    switch (spec.scope) {
      case 'object':
        return { where: spec.object!.namespace, verb: 'get', ...base, resourceName: spec.object!.name };
      case 'namespace':
        return { where: 'namespace', verb: 'list', ...base };
      default:
        return { where: 'cluster', verb: 'list', ...base };
    }
  });
  // RBAC matches a non-resource URL by its path alone: `/readyz?verbose` needs `/readyz`.
  for (const { path } of Object.values(NON_RESOURCES)) rules.push({ where: 'cluster', verb: 'get', nonResourceURL: path.split('?')[0]! });
  return rules;
}
