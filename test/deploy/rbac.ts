import type { KubeObject } from '../../src/snapshot/raw.ts';

/** One rule of a Role or ClusterRole. */
export type PolicyRule = { apiGroups?: string[]; resources?: string[]; resourceNames?: string[]; nonResourceURLs?: string[]; verbs: string[] };

/** What a subject may do: a rule together with where its binding makes it apply. */
export type Grant = { scope: 'cluster' | { namespace: string }; binding: string; role: string; rule: PolicyRule };

/** One request the way RBAC sees it. */
export type Access =
  | { verb: string; group: string; resource: string; namespace: string | null; name: string | null }
  | { verb: string; nonResourceURL: string };

const SUBJECT = { kind: 'ServiceAccount', name: 'kube-runbook', namespace: 'kube-system' };

/**
 * The rules the ServiceAccount kube-system/kube-runbook holds through the bindings in `objects`:
 * a RoleBinding applies its role in its namespace only, a ClusterRoleBinding everywhere.
 */
export function grantsOf(objects: KubeObject[]): Grant[] {
  const roles = new Map(objects.filter((o) => o.kind === 'Role' || o.kind === 'ClusterRole').map((o) => [`${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`, o]));
  return objects
    .filter((o) => o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding')
    .filter((b) => (b['subjects'] as typeof SUBJECT[] | undefined)?.some((s) => s.kind === SUBJECT.kind && s.name === SUBJECT.name && s.namespace === SUBJECT.namespace))
    .flatMap((binding) => {
      const ref = binding['roleRef'] as { kind: string; name: string };
      const namespace = binding.metadata?.namespace ?? '';
      const role = roles.get(`${ref.kind}/${ref.kind === 'Role' ? namespace : ''}/${ref.name}`);
      if (!role) throw new Error(`${binding.kind} ${binding.metadata?.name} refers to ${ref.kind} ${ref.name}, which deploy/ does not define`);
      const scope = binding.kind === 'ClusterRoleBinding' ? 'cluster' as const : { namespace };
      return ((role['rules'] as PolicyRule[] | undefined) ?? []).map((rule) => ({ scope, binding: `${binding.kind}/${binding.metadata?.name}`, role: `${ref.kind}/${ref.name}`, rule }));
    });
}

/** Whether one grant allows one access, as the RBAC authorizer decides (wildcards included). */
export function allows(grant: Grant, access: Access): boolean {
  const { rule, scope } = grant;
  const has = (list: string[] | undefined, value: string) => (list ?? []).includes('*') || (list ?? []).includes(value);
  if (!has(rule.verbs, access.verb)) return false;
  if ('nonResourceURL' in access) return scope === 'cluster' && has(rule.nonResourceURLs, access.nonResourceURL);
  if (!has(rule.apiGroups, access.group) || !has(rule.resources, access.resource)) return false;
  if (rule.resourceNames?.length && (access.name === null || !rule.resourceNames.includes(access.name))) return false;
  if (scope === 'cluster') return true;
  return access.namespace === scope.namespace;
}

/** One line per grant, e.g. `kube-system: list secrets`, for a readable inline snapshot. */
export function describeGrant({ scope, rule }: Grant): string {
  const where = scope === 'cluster' ? 'cluster' : scope.namespace;
  const what = rule.nonResourceURLs
    ? rule.nonResourceURLs.join(',')
    : (rule.resources ?? []).map((r) => `${r}${rule.apiGroups?.[0] ? `.${rule.apiGroups.join('|')}` : ''}`).join(',') + (rule.resourceNames ? ` [${rule.resourceNames.join(',')}]` : '');
  return `${where}: ${rule.verbs.join(',')} ${what}`;
}
