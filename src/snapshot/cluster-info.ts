import type { X509Certificate } from 'node:crypto';
import { parse } from 'yaml';
import { certificateFacts, clusterCaBase, parseCertificate } from './certificate-facts.ts';
import type { KubeObject } from './raw.ts';
import type { Certificate, ClusterInfo } from './schema.ts';

type Kubeconfig = { clusters?: { cluster?: { server?: unknown; 'certificate-authority-data'?: unknown } }[] };
type KubeconfigCluster = NonNullable<NonNullable<Kubeconfig['clusters']>[number]['cluster']>;

/** The first cluster of the kubeconfig kept in cluster-info, or undefined when it cannot be read. */
function clusterOf(configMap: KubeObject): KubeconfigCluster | undefined {
  const text = (configMap.data as Record<string, unknown> | undefined)?.kubeconfig;
  // Stryker disable next-line ConditionalExpression: yaml's parse throws on anything but a string, which the catch below turns into the same undefined
  if (typeof text !== 'string') return undefined;
  let kubeconfig: Kubeconfig | null = null;
  try {
    kubeconfig = parse(text) as Kubeconfig | null;
  } catch {
    // Not YAML: no cluster to read.
  }
  return kubeconfig?.clusters?.[0]?.cluster;
}

function caOf(cluster: KubeconfigCluster | undefined): X509Certificate | null {
  const data = cluster?.['certificate-authority-data'];
  return typeof data === 'string' ? parseCertificate(data) : null;
}

/**
 * The facts `kubeadm join` discovers from `kube-public/cluster-info`: the API server URL and the
 * cluster CA's subject and expiry. A field that cannot be read is null rather than an error: a
 * damaged cluster-info is itself worth showing as 不明.
 */
export function readClusterInfo(configMap: KubeObject): ClusterInfo {
  const cluster = clusterOf(configMap);
  const server = typeof cluster?.server === 'string' ? cluster.server : null;
  const ca = caOf(cluster);
  const facts = ca ? certificateFacts(ca, clusterCaBase()) : null;
  return { server, caSubject: facts?.subject ?? null, caNotAfter: facts?.notAfter ?? null };
}

/** The cluster CA of cluster-info as a certificate entry, or null when it holds none that parses. */
export function clusterCaCertificate(configMap: KubeObject): Certificate | null {
  const ca = caOf(clusterOf(configMap));
  return ca ? certificateFacts(ca, clusterCaBase()) : null;
}
