import { RESOURCES as REGISTRY, apiGroup } from '../../src/snapshot/resources.ts';

/** The API resources the fake server knows: URL plural -> kind, group/version, scope. */
export type ResourceInfo = { plural: string; kind: string; group: string; version: string; namespaced: boolean };

/** Every resource kube-runbook reads (the registry's, each URL plural once), plus what kubectl's discovery needs to find them. */
export const RESOURCES: ResourceInfo[] = [
  ...new Map(Object.values(REGISTRY).map((spec): [string, ResourceInfo] => [`${spec.apiVersion}/${spec.plural}`, {
    plural: spec.plural,
    kind: spec.kind,
    group: apiGroup(spec.apiVersion),
    version: spec.apiVersion.split('/').at(-1)!,
    namespaced: spec.scope !== 'cluster',
  }])).values(),
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
