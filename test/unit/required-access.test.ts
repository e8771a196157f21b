/** The permissions a capture needs, as the registry derives them: what deploy/ grants, no more. */
import { describe, expect, it } from 'vitest';
import { requiredAccess, type AccessRule } from '../../src/snapshot/resources.ts';

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
