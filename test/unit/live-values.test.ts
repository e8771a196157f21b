import { describe, expect, it } from 'vitest';
import { activeSealedSecretsKeys, fillPlaceholders, liveValue, placeholdersIn, LIVE_VALUES, type LiveValueName } from '../../src/site/live-values.ts';
import { toNode } from '../../src/snapshot/normalize/nodes.ts';
import { buildNode, buildSealedSecretsKey, buildSecret, buildSnapshot, seedSnapshot } from '../support/snapshot-builder.ts';

describe('live values', () => {
  it.each([
    ['clusterName', 'rpi-cluster'],
    ['namespace', 'kube-system'],
    ['controlPlaneNode', 'rpi-master-1'],
    ['sealedSecretsKey', 'sealed-secrets-keygs4s4'],
    ['sealedSecretsController', 'sealed-secrets-controller'],
    ['sealedSecretNamespace', 'household-task-manager'],
    ['kubeDnsIP', '10.96.0.10'],
    ['apiServiceIP', '10.96.0.1'],
    ['apiServer', 'https://192.168.1.10:6443'],
  ] satisfies [LiveValueName, string][])('%s comes from the seed snapshot', (name, expected) => {
    expect(liveValue(name, seedSnapshot())).toEqual({ value: expected, known: true });
  });

  it('covers every rule in the table above', () => {
    expect(Object.keys(LIVE_VALUES)).toHaveLength(9);
  });

  it('takes the first control-plane node by name on an HA control plane, whatever the list order', () => {
    const ha = seedSnapshot({
      nodes: [
        buildNode({ name: 'cp-3', roles: ['control-plane'] }),
        buildNode({ name: 'worker-0', roles: [] }),
        buildNode({ name: 'cp-1', roles: ['control-plane'] }),
        buildNode({ name: 'cp-2', roles: ['control-plane'] }),
      ],
    });
    expect(liveValue('controlPlaneNode', ha)).toEqual({ value: 'cp-1', known: true });
  });

  it('finds a control-plane node by the legacy node-role.kubernetes.io/master label', () => {
    const node = (name: string, labels: Record<string, string>) =>
      toNode({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels, creationTimestamp: '2026-11-12T09:30:00Z' } });
    const older = seedSnapshot({ nodes: [node('a-worker', { 'node-role.kubernetes.io/worker': '' }), node('old-master', { 'node-role.kubernetes.io/master': '' })] });
    expect(liveValue('controlPlaneNode', older)).toEqual({ value: 'old-master', known: true });
  });

  it('is unknown when no node has a control-plane role (workers only, or a managed control plane)', () => {
    const managed = seedSnapshot({ nodes: [buildNode({ name: 'w1', roles: ['worker'] }), buildNode({ name: 'w2', roles: [] })] });
    expect(liveValue('controlPlaneNode', managed)).toEqual({ value: '<コントロールプレーンのノード名>', known: false });
  });

  it('fills the namespace the snapshot was taken of, not always kube-system', () => {
    const other = seedSnapshot({ namespace: 'kube-ops' });
    expect(fillPlaceholders('kubectl get pods -n {{namespace}}', other, 'x.mdx')).toBe('kubectl get pods -n kube-ops');
  });

  it('takes the newest active sealed-secrets key after a rotation', () => {
    const rotated = seedSnapshot({
      secrets: [buildSealedSecretsKey('sealed-secrets-keygs4s4', '2026-10-01T00:00:00Z'), buildSealedSecretsKey('sealed-secrets-keyz9x8w', '2026-11-20T00:00:00Z')],
    });
    expect(liveValue('sealedSecretsKey', rotated).value).toBe('sealed-secrets-keyz9x8w');
  });

  it('skips a newer key Secret labelled other than active (sealed-secrets: compromised) and Secrets without the label', () => {
    const relabelled = seedSnapshot({
      secrets: [
        buildSealedSecretsKey('sealed-secrets-keygs4s4', '2026-10-01T00:00:00Z'),
        buildSecret({ name: 'sealed-secrets-keyz9x8w', type: 'kubernetes.io/tls', keyCount: 2, labels: { 'sealedsecrets.bitnami.com/sealed-secrets-key': 'compromised' }, createdAt: '2026-11-20T00:00:00Z' }),
        buildSecret({ name: 'bootstrap-token-abcdef', type: 'bootstrap.kubernetes.io/token', createdAt: '2026-11-25T00:00:00Z' }),
      ],
    });
    expect(activeSealedSecretsKeys(relabelled).map((secret) => secret.name)).toEqual(['sealed-secrets-keygs4s4']);
    expect(liveValue('sealedSecretsKey', relabelled)).toEqual({ value: 'sealed-secrets-keygs4s4', known: true });
  });

  it.each([
    ['no snapshot', null],
    ['an empty snapshot', buildSnapshot()],
  ])('falls back to a hint with %s', (_name, snapshot) => {
    expect(liveValue('sealedSecretsKey', snapshot)).toEqual({ value: '<sealed-secrets鍵のSecret名>', known: false });
    expect(liveValue('controlPlaneNode', snapshot)).toEqual({ value: '<コントロールプレーンのノード名>', known: false });
  });

  it('fills every placeholder of a command, spaces inside braces allowed', () => {
    const command = 'kubectl get secret -n {{namespace}} {{ sealedSecretsKey }} -o yaml\nssh {{controlPlaneNode}}';
    expect(placeholdersIn(command)).toEqual(['namespace', 'sealedSecretsKey', 'controlPlaneNode']);
    expect(fillPlaceholders(command, seedSnapshot(), 'backup.mdx')).toBe('kubectl get secret -n kube-system sealed-secrets-keygs4s4 -o yaml\nssh rpi-master-1');
  });

  it('leaves shell braces that are not placeholders alone', () => {
    expect(fillPlaceholders('echo ${HOME} {a,b} {{ }}', seedSnapshot(), 'x.mdx')).toBe('echo ${HOME} {a,b} {{ }}');
  });

  it('quotes a hostile value from a dump as one shell word, and leaves ordinary names readable', () => {
    const hostile = seedSnapshot({
      nodes: [buildNode({ name: '$(touch x)', roles: ['control-plane'] })],
      secrets: [buildSealedSecretsKey("a;b'c", '2026-11-20T00:00:00Z')],
    });
    expect(fillPlaceholders('ssh {{controlPlaneNode}}\nkubectl logs -n {{namespace}} kube-controller-manager-{{controlPlaneNode}}', hostile, 'x.mdx')).toBe(
      "ssh '$(touch x)'\nkubectl logs -n kube-system kube-controller-manager-'$(touch x)'",
    );
    expect(fillPlaceholders('kubectl get secret -n {{namespace}} {{sealedSecretsKey}}', hostile, 'x.mdx')).toBe("kubectl get secret -n kube-system 'a;b'\\''c'");
  });

  it.each([
    ['an option', '-oProxyCommand=touch x'],
    ['a newline', 'cp-1\nrm -rf /'],
    ['a bidi override', 'cp\u202e1'],
  ])('shows the hint instead of a value no quoting makes safe (%s)', (_case, name) => {
    const hostile = seedSnapshot({ nodes: [buildNode({ name, roles: ['control-plane'] })] });
    expect(fillPlaceholders('ssh {{controlPlaneNode}}', hostile, 'x.mdx')).toBe('ssh <コントロールプレーンのノード名>');
  });

  it.each([['ssh "{{controlPlaneNode}}"'], ["ssh '{{controlPlaneNode}}'"], ['echo "node: {{ controlPlaneNode }}"']])(
    'stops on a placeholder written inside quotes, where a quoted value would not be one word: %s',
    (command) => {
      expect(() => fillPlaceholders(command, null, 'src/content/docs/etcd.mdx')).toThrow(
        'src/content/docs/etcd.mdx: {{controlPlaneNode}} is inside quotes in a command; write it unquoted, its value is shell-quoted when filled',
      );
    },
  );

  it('stops on an unknown placeholder, naming the page and the known names', () => {
    expect(() => fillPlaceholders('ssh {{controlPlane}}', seedSnapshot(), 'src/content/docs/etcd.mdx')).toThrowErrorMatchingInlineSnapshot(
      `[RunbookError: src/content/docs/etcd.mdx: unknown placeholder {{controlPlane}}; use one of {{clusterName}}, {{namespace}}, {{controlPlaneNode}}, {{sealedSecretsKey}}, {{sealedSecretsController}}, {{sealedSecretNamespace}}, {{kubeDnsIP}}, {{apiServiceIP}}, {{apiServer}} (src/site/live-values.ts)]`,
    );
  });
});
