/** The permissions a capture needs, as the registry derives them: what deploy/ grants, no more. */
import { describe, expect, it } from 'vitest';
import { apiPath, requiredAccess, specOf, type AccessRule } from '../../src/snapshot/resources.ts';

const line = (rule: AccessRule) =>
  'nonResourceURL' in rule ? `${rule.verb} ${rule.nonResourceURL}` : `${rule.verb} ${rule.where} ${rule.apiGroup || 'core'}/${rule.resource}${rule.resourceName ? `/${rule.resourceName}` : ''}`;

describe('requiredAccess', () => {
  it('lists each resource of the registry with its scope, and the health endpoints by path alone', () => {
    expect(requiredAccess([]).map(line)).toMatchInlineSnapshot(`
      [
        "list namespace core/pods",
        "list namespace apps/deployments",
        "list namespace apps/replicasets",
        "list namespace apps/daemonsets",
        "list namespace apps/statefulsets",
        "list namespace batch/jobs",
        "list namespace batch/cronjobs",
        "list namespace core/services",
        "list namespace discovery.k8s.io/endpointslices",
        "list namespace core/configmaps",
        "list namespace coordination.k8s.io/leases",
        "list namespace core/events",
        "list cluster core/nodes",
        "list cluster bitnami.com/sealedsecrets",
        "get kube-public core/configmaps/cluster-info",
        "get default core/services/kubernetes",
        "get /version",
        "get /readyz",
        "get /livez",
      ]
    `);
  });

  it('adds the Secret list only when its opt-in is named', () => {
    expect(requiredAccess([]).map(line)).not.toContain('list namespace core/secrets');
    expect(requiredAccess(['secrets']).map(line)).toContain('list namespace core/secrets');
    expect(requiredAccess(['secrets']).length).toBe(requiredAccess([]).length + 1);
    expect(requiredAccess(['other']).map(line)).toEqual(requiredAccess([]).map(line));
  });
});

describe('apiPath', () => {
  it.each([
    ['pods', '/api/v1/namespaces/kube-system/pods'],
    ['deployments', '/apis/apps/v1/namespaces/kube-system/deployments'],
    ['nodes', '/api/v1/nodes'],
    ['sealedSecrets', '/apis/bitnami.com/v1alpha1/sealedsecrets'],
    ['clusterInfo', '/api/v1/namespaces/kube-public/configmaps/cluster-info'],
    ['apiService', '/api/v1/namespaces/default/services/kubernetes'],
  ] as const)('%s -> %s', (key, path) => {
    expect(apiPath(specOf(key), 'kube-system')).toBe(path);
  });
});
