import { parse } from 'yaml';
import type { KubeObject, RawState } from '../raw.ts';
import type { ClusterInfo, Node, Snapshot } from '../schema.ts';
import { bounded, tooLong } from '../redact/limits.ts';
import { compare, obj, objs, str } from './fields.ts';

/**
 * The cluster's name, server and version. Name: kubeadm's ClusterConfiguration clusterName, else the
 * kubeconfig's cluster, else `unknown`. Version: `/version`, else the kube-apiserver static pod's
 * image tag (what the API server runs; a dump has no `/version`), else the newest kubelet.
 */
export function toCluster(raw: RawState, clusterInfo: ClusterInfo | null, nodes: Node[]): Snapshot['cluster'] {
  return {
    name: kubeadmClusterName(raw.configMaps) ?? raw.context.clusterName ?? 'unknown',
    server: raw.context.server ?? clusterInfo?.server ?? null,
    version: raw.version ?? apiServerImageTag(raw.pods) ?? newestKubelet(nodes),
  };
}

function kubeadmClusterName(configMaps: KubeObject[]): string | null {
  const text = obj(configMaps.find((configMap) => configMap.metadata?.name === 'kubeadm-config')?.data).ClusterConfiguration;
  if (typeof text !== 'string' || tooLong(text)) return null;
  try {
    const name = str(obj(parse(text, { maxAliasCount: 50 })).clusterName);
    return name === null ? null : bounded(name, 253);
  } catch {
    return null;
  }
}

function apiServerImageTag(pods: KubeObject[]): string | null {
  for (const pod of pods) {
    if (pod.metadata?.labels?.component !== 'kube-apiserver') continue;
    const image = str(objs(obj(pod.spec).containers)[0]?.image);
    // `vMAJOR.MINOR.` and a digit, then the rest of the tag up to a digest: `[^@]*` takes the patch's other digits.
    const tag = image ? /:(v\d+\.\d+\.\d[^@]*)/.exec(image)?.[1] : undefined;
    if (tag) return tag;
  }
  return null;
}

function newestKubelet(nodes: Node[]): string | null {
  const versions = nodes.map((node) => node.kubeletVersion).filter(Boolean);
  return versions.sort((a, b) => compareVersions(b, a))[0] ?? null;
}

/** `v1.31.10` after `v1.31.9`: numeric parts compared as numbers. */
function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.replace(/^v/, '').split(/[.+-]/).map((part) => Number.parseInt(part, 10) || 0);
  const [left, right] = [parts(a), parts(b)];
  // Stryker disable next-line EqualityOperator: one more step reads undefined on both sides, a difference of 0 that changes nothing
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return compare(a, b);
}
