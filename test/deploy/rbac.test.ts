import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS, render, renderWith } from './kustomize.ts';
import { readFileSync } from 'node:fs';
import { requiredAccess, type AccessRule } from '../../src/snapshot/resources.ts';
import { allows, describeGrant, grantsOf, type Access } from './rbac.ts';

/** The capture's namespace in deploy/: the CronJob runs in kube-system and captures it. */
const CAPTURED = 'kube-system';

/** A registry access rule as the RBAC authorizer would be asked it. */
function accessOf(rule: AccessRule): Access {
  if ('nonResourceURL' in rule) return { verb: rule.verb, nonResourceURL: rule.nonResourceURL };
  const namespace = rule.where === 'cluster' ? null : rule.where === 'namespace' ? CAPTURED : rule.where;
  return { verb: rule.verb, group: rule.apiGroup, resource: rule.resource, namespace, name: rule.resourceName ?? null };
}

/** `kube-system: list endpointslices.discovery.k8s.io`, the same shape as describeGrant's lines, one resource each. */
function describeAccess(rule: AccessRule): string {
  if ('nonResourceURL' in rule) return `cluster: get ${rule.nonResourceURL}`;
  const where = rule.where === 'namespace' ? CAPTURED : rule.where;
  return `${where}: ${rule.verb} ${rule.resource}${rule.apiGroup ? `.${rule.apiGroup}` : ''}${rule.resourceName ? ` [${rule.resourceName}]` : ''}`;
}

const rendered = ENTRY_POINTS.map((dir) => [dir, render(dir)] as const);

describe.each(rendered)('RBAC of deploy/%s', (_dir, objects) => {
  const grants = grantsOf(objects);
  const rules = grants.map((g) => g.rule);

  it('grants exactly these permissions, and nothing else', () => {
    expect(grants.map(describeGrant).sort()).toMatchInlineSnapshot(`
      [
        "cluster: get /version,/readyz,/livez",
        "cluster: list nodes",
        "cluster: list sealedsecrets.bitnami.com",
        "default: get services [kubernetes]",
        "kube-public: get configmaps [cluster-info]",
        "kube-system: list deployments.apps,replicasets.apps,daemonsets.apps,statefulsets.apps",
        "kube-system: list endpointslices.discovery.k8s.io",
        "kube-system: list jobs.batch,cronjobs.batch",
        "kube-system: list leases.coordination.k8s.io",
        "kube-system: list pods,services,configmaps,events",
      ]
    `);
  });

  it('grants exactly what the resource registry needs: each rule allowed, each granted line one the registry asks for', () => {
    const needed = requiredAccess([]);
    for (const rule of needed) expect(grants.some((g) => allows(g, accessOf(rule))), describeAccess(rule)).toBe(true);
    const neededLines = new Set(needed.map(describeAccess));
    const grantedLines = grants.flatMap((g) => {
      const { rule } = g;
      if (rule.nonResourceURLs) return rule.nonResourceURLs.map((url) => `cluster: ${rule.verbs.join(',')} ${url}`);
      const where = g.scope === 'cluster' ? 'cluster' : g.scope.namespace;
      return (rule.apiGroups ?? []).flatMap((group) => (rule.resources ?? []).flatMap((resource) => rule.verbs.map((verb) =>
        `${where}: ${verb} ${resource}${group ? `.${group}` : ''}${rule.resourceNames ? ` [${rule.resourceNames.join(',')}]` : ''}`)));
    });
    expect(grantedLines.filter((line) => !neededLines.has(line))).toEqual([]);
  });

  it('has no wildcard anywhere', () => {
    for (const rule of rules) {
      for (const list of [rule.verbs, rule.apiGroups, rule.resources, rule.resourceNames, rule.nonResourceURLs]) {
        expect(list ?? []).not.toContain('*');
      }
    }
  });

  it('is read-only: get and list, never watch or a write verb', () => {
    const verbs = new Set(rules.flatMap((rule) => rule.verbs));
    expect([...verbs].sort()).toEqual(['get', 'list']);
  });

  it('cannot read Secrets at all by default (RBAC cannot limit list to the Table form)', () => {
    expect(grants.filter((g) => g.rule.resources?.includes('secrets')).map(describeGrant)).toEqual([]);
  });

  it('binds namespaced reads through a RoleBinding, so no other namespace is readable', () => {
    const namespaced = ['pods', 'secrets', 'configmaps', 'services', 'events', 'deployments', 'jobs', 'leases', 'endpointslices'];
    for (const grant of grants.filter((g) => g.rule.resources?.some((r) => namespaced.includes(r)))) {
      expect(grant.scope, grant.role).not.toBe('cluster');
    }
  });

  it.each<[string, Access, boolean]>([
    ['list secrets in kube-system', { verb: 'list', group: '', resource: 'secrets', namespace: 'kube-system', name: null }, false],
    ['get a Secret in kube-system', { verb: 'get', group: '', resource: 'secrets', namespace: 'kube-system', name: 'bootstrap-token-abcdef' }, false],
    ['watch secrets in kube-system', { verb: 'watch', group: '', resource: 'secrets', namespace: 'kube-system', name: null }, false],
    ['list secrets in default', { verb: 'list', group: '', resource: 'secrets', namespace: 'default', name: null }, false],
    ['list secrets of all namespaces', { verb: 'list', group: '', resource: 'secrets', namespace: null, name: null }, false],
    ['list pods in default', { verb: 'list', group: '', resource: 'pods', namespace: 'default', name: null }, false],
    ['delete a pod in kube-system', { verb: 'delete', group: '', resource: 'pods', namespace: 'kube-system', name: 'coredns-0' }, false],
    ['create pods/exec in kube-system', { verb: 'create', group: '', resource: 'pods/exec', namespace: 'kube-system', name: 'coredns-0' }, false],
    ['get pods/log in kube-system', { verb: 'get', group: '', resource: 'pods/log', namespace: 'kube-system', name: 'coredns-0' }, false],
    ['get configmap kube-public/cluster-info', { verb: 'get', group: '', resource: 'configmaps', namespace: 'kube-public', name: 'cluster-info' }, true],
    ['get another configmap in kube-public', { verb: 'get', group: '', resource: 'configmaps', namespace: 'kube-public', name: 'other' }, false],
    ['get service default/kubernetes', { verb: 'get', group: '', resource: 'services', namespace: 'default', name: 'kubernetes' }, true],
    ['list services in default', { verb: 'list', group: '', resource: 'services', namespace: 'default', name: null }, false],
    ['list nodes', { verb: 'list', group: '', resource: 'nodes', namespace: null, name: null }, true],
    ['patch a node', { verb: 'patch', group: '', resource: 'nodes', namespace: null, name: 'rpi-master-1' }, false],
    ['list sealedsecrets of all namespaces', { verb: 'list', group: 'bitnami.com', resource: 'sealedsecrets', namespace: null, name: null }, true],
    ['get /version', { verb: 'get', nonResourceURL: '/version' }, true],
    ['get /readyz', { verb: 'get', nonResourceURL: '/readyz' }, true],
    ['get /livez', { verb: 'get', nonResourceURL: '/livez' }, true],
    ['get /metrics', { verb: 'get', nonResourceURL: '/metrics' }, false],
  ])('%s: allowed = %s', (_what, access, expected) => {
    expect(grants.some((g) => allows(g, access))).toBe(expected);
  });
});

describe('the opt-in component deploy/components/secrets, added to deploy/', () => {
  const grants = grantsOf(renderWith('.', ['secrets']));
  const base = grantsOf(render('.')).map(describeGrant);

  it('adds exactly `list secrets` in kube-system, through a Role of its own', () => {
    const added = grants.filter((g) => !base.includes(describeGrant(g)));
    expect(added.map(describeGrant)).toEqual(['kube-system: list secrets']);
    expect(added.map((g) => g.role)).toEqual(['Role/kube-runbook-secret-lister']);
    expect(added[0]!.rule.resources).toEqual(['secrets']);
  });

  it('then grants everything the registry needs with the opt-in, and no more', () => {
    for (const rule of requiredAccess(['secrets'])) expect(grants.some((g) => allows(g, accessOf(rule))), describeAccess(rule)).toBe(true);
    expect(grants.some((g) => allows(g, accessOf({ where: 'namespace', verb: 'list', apiGroup: '', resource: 'secrets' })))).toBe(true);
  });

  it.each<[string, Access]>([
    ['get a Secret in kube-system', { verb: 'get', group: '', resource: 'secrets', namespace: 'kube-system', name: 'sealed-secrets-key' }],
    ['watch secrets in kube-system', { verb: 'watch', group: '', resource: 'secrets', namespace: 'kube-system', name: null }],
    ['list secrets in default', { verb: 'list', group: '', resource: 'secrets', namespace: 'default', name: null }],
    ['list secrets of all namespaces', { verb: 'list', group: '', resource: 'secrets', namespace: null, name: null }],
  ])('still refuses: %s', (_what, access) => {
    expect(grants.some((g) => allows(g, access))).toBe(false);
  });
});

describe('docs/deploy.md', () => {
  /** The permission table: one row per rule, `| \`verb\` resources (group) | scope | why |`. */
  const rows = readFileSync('docs/deploy.md', 'utf8').split('\n').filter((line) => /^\| `(list|get)`/.test(line));
  const documented = new Set(rows.flatMap((row) => {
    const [rule = '', scope = ''] = row.split('|').slice(1).map((cell) => cell.trim());
    const verb = /^`(\w+)`/.exec(rule)![1]!;
    const group = /\(([a-z0-9.]+)\)/.exec(rule.replace(/\(`resourceNames`\)/, ''))?.[1] ?? '';
    const where = scope === 'all namespaces' ? 'cluster' : scope;
    if (rule.includes('non-resource URL')) return [`${where}: ${verb} ${/`(\/[^`]+)`/.exec(rule)![1]}`];
    const names = rule.replace(/^`\w+`\s*/, '').replace(/\(.*?\)/g, '').replace(/\bonly\b/, '');
    const named = /^(\w+) `([^`]+)`/.exec(names.trim());
    if (named) return [`${where}: ${verb} ${named[1]}s${group ? `.${group}` : ''} [${named[2]}]`];
    return names.split(',').map((name) => `${where}: ${verb} ${name.trim()}${group ? `.${group}` : ''}`);
  }));

  it('lists every permission the resource registry needs (opt-in components included), and no other', () => {
    const needed = new Set(requiredAccess(['secrets']).map(describeAccess));
    expect([...documented].sort()).toEqual([...needed].sort());
  });
});
