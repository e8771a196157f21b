import { describe, expect, it } from 'vitest';
import { REDACTED, redactConfigText } from '../../src/snapshot/redact.ts';
import { MAX_CONFIG_LENGTH } from '../../src/snapshot/redact/limits.ts';

const R = REDACTED;

/** kubeadm's default Corefile (v1.31) as the printer writes it: every block indented by 4. */
const KUBEADM_COREFILE = `.:53 {
    errors
    health {
        lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
        pods insecure
        fallthrough in-addr.arpa ip6.arpa
        ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
        max_concurrent 1000
    }
    cache 30 {
        disable success cluster.local
        disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;

describe('Corefile: plugins and directives through an allow-list', () => {
  it('keeps kubeadm\'s Corefile, nested blocks re-indented by 4 (kubeadm writes 7)', () => {
    expect(redactConfigText('Corefile', KUBEADM_COREFILE.replaceAll('\n        ', '\n           '))).toBe(KUBEADM_COREFILE);
  });

  it.each([
    ['etcd credentials', 'etcd example.org {\n    path /skydns\n    credentials admin CANARY\n}', `    etcd ${R}`],
    ['tsig secret', 'tsig {\n    secret example.key. CANARY\n}', `    tsig ${R}`],
    ['azure', 'azure rg:zone {\n    tenant t\n    client c\n    secret CANARY\n}', `    azure ${R}`],
    ['route53 keys', 'route53 example.org.:Z1 {\n    aws_access_key AKID CANARY\n}', `    route53 ${R}`],
    ['an unknown directive inside an allowed plugin', 'forward . 1.1.1.1 {\n    password CANARY\n}', `    forward . 1.1.1.1 {\n        ${R}\n    }`],
    ['URL userinfo in an allowed argument', 'forward . https://u:CANARY@dns.example', `    forward . https://${R}@dns.example`],
    ['a comment', 'errors # token CANARY', '    errors'],
    ['hosts entries kept, other lines masked', 'hosts {\n    10.0.0.5 nas.home\n    CANARY\n    fallthrough\n}', `    hosts {\n        10.0.0.5 nas.home\n        ${R}\n        fallthrough\n    }`],
  ])('%s', (_case, plugin, expected) => {
    expect(redactConfigText('Corefile', `.:53 {\n${plugin}\n}\n`)).toBe(`.:53 {\n${expected}\n}\n`);
  });
});

describe('YAML configs: keys through an allow-list', () => {
  it.each([
    ['a block scalar >-', 'apiServer:\n  extraArgs:\n    oidc-client-secret: >-\n      CANARY\n'],
    ['a block scalar |', 'apiServer:\n  extraArgs:\n    token-auth: |\n      CANARY\n'],
    ['a value on the next line', 'apiServer:\n  extraArgs:\n    oidc-client-secret:\n      CANARY\n'],
    ['a comment between key and value', 'apiServer:\n  extraArgs:\n    oidc-client-secret: # the secret\n      CANARY\n'],
    ['v1beta4 name/value extraArgs', 'apiServer:\n  extraArgs:\n  - name: oidc-client-secret\n    value: CANARY\n'],
    ['an unknown top-level key', 'bootstrapTokens: CANARY\n'],
    ['URL userinfo in an allowed field', 'etcd:\n  external:\n    endpoints: ["https://root:CANARY@etcd:2379"]\n'],
  ])('ClusterConfiguration: %s', (_case, text) => {
    const out = redactConfigText('ClusterConfiguration', `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n${text}`);
    expect(out).not.toContain('CANARY');
    expect(out).toContain(R);
  });

  it('ClusterConfiguration: shows the allow-listed fields', () => {
    const text = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nclusterName: rpi\nkubernetesVersion: v1.31.2\nnetworking:\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/12\napiServer:\n  extraArgs:\n    authorization-mode: Node,RBAC\n';
    expect(redactConfigText('ClusterConfiguration', text)).toBe(text);
  });

  it('kubelet: staticPodURLHeader bearer tokens are masked, staticPodPath kept', () => {
    const text = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nstaticPodPath: /etc/kubernetes/manifests\nstaticPodURL: https://h/pods?token=CANARY\nstaticPodURLHeader:\n  Authorization: ["Bearer CANARY"]\n';
    expect(redactConfigText('kubelet', text)).toBe(
      `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nstaticPodPath: /etc/kubernetes/manifests\nstaticPodURL: "${R}"\nstaticPodURLHeader: "${R}"\n`,
    );
  });

  it('kube-proxy: mode kept, a password under clientConnection masked', () => {
    const out = redactConfigText('config.conf', 'kind: KubeProxyConfiguration\nmode: ipvs\nclientConnection:\n  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf\n  password: CANARY\n');
    expect(out).toBe(`kind: KubeProxyConfiguration\nmode: ipvs\nclientConnection:\n  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf\n  password: "${R}"\n`);
  });

  it.each([
    ['an alias bomb', `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`],
    ['an unresolved alias', 'mode: *CANARY\n'],
    ['not YAML', 'mode: [CANARY\n'],
    ['not a mapping', '- CANARY\n'],
  ])('%s is one marker', (_case, text) => {
    expect(redactConfigText('config.conf', text)).toBe(R);
  });

  it('text longer than the limit is a marker that says so', () => {
    const text = `mode: ${'x'.repeat(MAX_CONFIG_LENGTH)}\n`;
    expect(redactConfigText('config.conf', text)).toBe(`[not shown: ${text.length} characters, more than the ${MAX_CONFIG_LENGTH} kube-runbook parses]`);
  });

  it('a key with no parser is one marker', () => {
    expect(redactConfigText('kubeconfig.conf', 'token: CANARY')).toBe(R);
  });
});
