/** The API resources the fake server knows: URL plural -> kind, group/version, scope. */
export type ResourceInfo = { plural: string; kind: string; group: string; version: string; namespaced: boolean };

/** Every resource kube-runbook reads, plus what kubectl's discovery needs to find them. */
export const RESOURCES: ResourceInfo[] = [
  { plural: 'pods', kind: 'Pod', group: '', version: 'v1', namespaced: true },
  { plural: 'services', kind: 'Service', group: '', version: 'v1', namespaced: true },
  { plural: 'configmaps', kind: 'ConfigMap', group: '', version: 'v1', namespaced: true },
  { plural: 'secrets', kind: 'Secret', group: '', version: 'v1', namespaced: true },
  { plural: 'events', kind: 'Event', group: '', version: 'v1', namespaced: true },
  { plural: 'nodes', kind: 'Node', group: '', version: 'v1', namespaced: false },
  { plural: 'deployments', kind: 'Deployment', group: 'apps', version: 'v1', namespaced: true },
  { plural: 'replicasets', kind: 'ReplicaSet', group: 'apps', version: 'v1', namespaced: true },
  { plural: 'daemonsets', kind: 'DaemonSet', group: 'apps', version: 'v1', namespaced: true },
  { plural: 'statefulsets', kind: 'StatefulSet', group: 'apps', version: 'v1', namespaced: true },
  { plural: 'jobs', kind: 'Job', group: 'batch', version: 'v1', namespaced: true },
  { plural: 'cronjobs', kind: 'CronJob', group: 'batch', version: 'v1', namespaced: true },
  { plural: 'leases', kind: 'Lease', group: 'coordination.k8s.io', version: 'v1', namespaced: true },
  { plural: 'sealedsecrets', kind: 'SealedSecret', group: 'bitnami.com', version: 'v1alpha1', namespaced: true },
];

/** `v1` or `apps/v1`: the apiVersion objects of this resource carry. */
export function apiVersionOf(resource: ResourceInfo): string {
  return resource.group ? `${resource.group}/${resource.version}` : resource.version;
}

/** A parsed API path: which resource, which namespace (null = all / cluster-scoped), which name. */
export type ApiPath = { resource: ResourceInfo; namespace: string | null; name: string | null };

/** Parses `/api/v1/namespaces/ns/pods[/name]`, `/apis/g/v/plural`, ...; null when it is none of those. */
export function parseApiPath(path: string): ApiPath | null {
  const parts = path.split('/').filter(Boolean);
  let group = '';
  let version: string | undefined;
  let rest: string[];
  if (parts[0] === 'api') {
    version = parts[1];
    rest = parts.slice(2);
  } else if (parts[0] === 'apis') {
    group = parts[1] ?? '';
    version = parts[2];
    rest = parts.slice(3);
  } else {
    return null;
  }
  let namespace: string | null = null;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1]!;
    rest = rest.slice(2);
  }
  if (rest.length < 1 || rest.length > 2) return null;
  const resource = RESOURCES.find((r) => r.group === group && r.version === version && r.plural === rest[0]);
  if (!resource) return null;
  if (namespace !== null && !resource.namespaced) return null;
  return { resource, namespace, name: rest[1] ?? null };
}
