import { describe, expect, it } from 'vitest';
import { kubeProxyMode } from '../../src/snapshot/kube-proxy-mode.ts';

describe('kubeProxyMode', () => {
  it.each([
    ['kubeadm default (empty mode)', 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ""\n', { mode: 'iptables', defaulted: true }],
    ['mode absent', 'kind: KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\n', { mode: 'iptables', defaulted: true }],
    ['mode null', 'kind: KubeProxyConfiguration\nmode:\n', { mode: 'iptables', defaulted: true }],
    ['ipvs', 'kind: KubeProxyConfiguration\nipvs:\n  scheduler: ""\nmode: ipvs\n', { mode: 'ipvs', defaulted: false }],
    ['quoted nftables', 'mode: "nftables"\n', { mode: 'nftables', defaulted: false }],
    ['explicit iptables', "mode: 'iptables'\n", { mode: 'iptables', defaulted: false }],
    ['a nested mode is not the proxy mode', 'detectLocal:\n  mode: ClusterCIDR\nmode: ""\n', { mode: 'iptables', defaulted: true }],
  ])('%s', (_name, text, expected) => {
    expect(kubeProxyMode(text)).toEqual(expected);
  });

  it.each([
    ['not YAML', 'mode: [unclosed'],
    ['a list', '- mode: ipvs\n'],
    ['a scalar', 'iptables'],
    ['a non-string mode', 'mode: 3\n'],
  ])('is unknown for %s', (_name, text) => {
    expect(kubeProxyMode(text)).toBeNull();
  });
});
