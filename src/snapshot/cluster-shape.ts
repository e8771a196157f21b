import type { Node, Snapshot } from './schema.ts';

/** Who made the cluster, as far as the snapshot shows it. */
export type Distribution = 'kubeadm' | 'kind' | 'minikube' | 'k3s' | 'eks' | 'gke' | 'aks' | 'unknown';

/**
 * Where etcd, kube-apiserver, kube-controller-manager and kube-scheduler run: static pods on the
 * cluster's own nodes (kubeadm, kind, minikube), inside one binary (k3s), the provider's machines
 * (EKS, GKE, AKS), or not known.
 */
export type ControlPlaneHome = 'static-pods' | 'embedded' | 'managed' | 'unknown';

/** A control-plane home a text can be written for; `unknown` is never a target. */
export type KnownHome = Exclude<ControlPlaneHome, 'unknown'>;

/** A step, remedy or link written for some control-plane homes only (`on`), or for every cluster (no `on`). */
export type ForHome = { on?: readonly KnownHome[] };

/** Where the cluster keeps its state. k3s without etcd nodes runs SQLite or an external database: the API does not say which. */
export type Datastore = 'etcd-static-pod' | 'k3s-embedded-etcd' | 'k3s-sqlite-or-external' | 'managed' | 'unknown';

/** One fact the shape was read from, as data (the site words it). */
export type ShapeEvidence =
  | { fact: 'kubeletVersion' | 'providerID'; node: string; value: string }
  | { fact: 'controlPlanePods'; value: string }
  | { fact: 'noControlPlanePods' }
  | { fact: 'configMap' | 'workload'; value: string }
  | { fact: 'etcdRole'; node: string }
  | { fact: 'nodeName'; value: string };

/** What kind of cluster a snapshot describes, and the facts that say so. */
export type ClusterShape = {
  distribution: Distribution;
  controlPlane: ControlPlaneHome;
  datastore: Datastore;
  /** Nodes labelled control-plane or (legacy) master, by name: where static pods and k3s servers run. */
  controlPlaneNodes: string[];
  /** Every node is ARM with at most 8 GiB of memory (a Raspberry Pi class machine); false when no node was read. */
  smallArmNodes: boolean;
  evidence: ShapeEvidence[];
};

/** The static pods kubeadm (and kind, minikube) run the control plane as, by their `component` label. */
const CONTROL_PLANE_COMPONENTS = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'];

/** A shape value a page can be written for: a distribution or a control-plane home. */
export type ShapeTag = Distribution | ControlPlaneHome;

/**
 * Reads the cluster's shape from what the snapshot holds: kubelet version suffixes (`+k3s1`,
 * `-eks-…`, `-gke.…`), node providerIDs (`k3s://`, `kind://`, `aws://`, `gce://`, `azure://`),
 * control-plane static pods and the kubeadm-config ConfigMap. Without a clear sign it says unknown.
 */
export function clusterShape(snapshot: Snapshot): ClusterShape {
  const evidence: ShapeEvidence[] = [];
  const sign = (test: (node: Node) => string | null, fact: 'kubeletVersion' | 'providerID'): boolean => {
    const node = snapshot.nodes.find((n) => test(n) !== null);
    if (node) evidence.push({ fact, node: node.name, value: test(node)! });
    return node !== undefined;
  };
  const version = (pattern: RegExp) => (node: Node) => (pattern.test(node.kubeletVersion) ? node.kubeletVersion : null);
  const provider = (prefix: string) => (node: Node) => (node.providerID?.startsWith(prefix) ? node.providerID : null);

  // Mirror pods carry kubeadm's `component` label; their workload (kind StaticPod) usually copies it.
  const staticComponents = CONTROL_PLANE_COMPONENTS.filter(
    (component) =>
      snapshot.pods.some((pod) => pod.workload.kind === 'StaticPod' && pod.labels.component === component) ||
      snapshot.workloads.some((w) => w.kind === 'StaticPod' && w.labels.component === component),
  );
  const controlPlaneNodes = controlPlaneNodeNames(snapshot.nodes);
  const base = { controlPlaneNodes, smallArmNodes: smallArm(snapshot.nodes), evidence };

  if (sign(version(/\+k3s/), 'kubeletVersion') || sign(provider('k3s://'), 'providerID')) {
    const etcdNode = snapshot.nodes.find((node) => node.roles.includes('etcd'));
    if (etcdNode) evidence.push({ fact: 'etcdRole', node: etcdNode.name });
    return { ...base, distribution: 'k3s', controlPlane: 'embedded', datastore: etcdNode ? 'k3s-embedded-etcd' : 'k3s-sqlite-or-external' };
  }
  if (staticComponents.length > 0) {
    evidence.push({ fact: 'controlPlanePods', value: staticComponents.join(', ') });
    const datastore = staticComponents.includes('etcd') ? 'etcd-static-pod' : 'unknown';
    if (sign(provider('kind://'), 'providerID')) return { ...base, distribution: 'kind', controlPlane: 'static-pods', datastore };
    const minikube = snapshot.nodes.find((node) => /^minikube(-m\d+)?$/.test(node.name));
    if (minikube) {
      evidence.push({ fact: 'nodeName', value: minikube.name });
      return { ...base, distribution: 'minikube', controlPlane: 'static-pods', datastore };
    }
    const kubeadm = snapshot.configMaps.some((cm) => cm.name === 'kubeadm-config');
    if (kubeadm) evidence.push({ fact: 'configMap', value: 'kubeadm-config' });
    return { ...base, distribution: kubeadm ? 'kubeadm' : 'unknown', controlPlane: 'static-pods', datastore };
  }
  // Managed control planes run no pod of theirs in the cluster; a missing pods list proves nothing.
  const managed = (distribution: Distribution): ClusterShape => {
    evidence.push({ fact: 'noControlPlanePods' });
    return { ...base, distribution, controlPlane: 'managed', datastore: 'managed' };
  };
  if (sign(version(/-eks-/), 'kubeletVersion')) return managed('eks');
  if (sign(version(/-gke\./), 'kubeletVersion')) return managed('gke');
  if (sign(provider('azure://'), 'providerID')) return managed('aks');
  return { ...base, distribution: 'unknown', controlPlane: 'unknown', datastore: 'unknown' };
}

/** Nodes with the control-plane role, or the legacy `node-role.kubernetes.io/master` one, by name. */
export function controlPlaneNodeNames(nodes: readonly Node[]): string[] {
  return nodes
    .filter((node) => node.roles.includes('control-plane') || node.roles.includes('master'))
    .map((node) => node.name)
    .sort();
}

/** Whether the shape is one of `tags` (a distribution or a control-plane home). */
export function shapeIs(shape: ClusterShape, tags: readonly ShapeTag[]): boolean {
  return tags.includes(shape.distribution) || tags.includes(shape.controlPlane);
}

/** Every tag `shapeIs` knows, to check what a page writes. */
export const SHAPE_TAGS: readonly ShapeTag[] = ['kubeadm', 'kind', 'minikube', 'k3s', 'eks', 'gke', 'aks', 'unknown', 'static-pods', 'embedded', 'managed'];

const SMALL_MEMORY_KI = 8 * 1024 * 1024;

function smallArm(nodes: Node[]): boolean {
  // Stryker disable next-line Regex: `/arm/` differs only for an architecture with "arm" past its start, and no GOARCH has one (arm, arm64, amd64, ppc64le, s390x, riscv64, loong64, mips64le, 386).
  return nodes.length > 0 && nodes.every((node) => /^arm/.test(node.architecture) && memoryKi(node.capacity.memory) <= SMALL_MEMORY_KI);
}

/** A memory quantity (`3882272Ki`, `8Gi`, bytes) in KiB; Infinity when it cannot be read, so an unreadable node is never "small". */
function memoryKi(quantity: string | undefined): number {
  const match = quantity ? /^(\d+)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(quantity) : null;
  if (!match) return Number.POSITIVE_INFINITY;
  const units: Record<string, number> = {
    Ki: 1, Mi: 1024, Gi: 1024 ** 2, Ti: 1024 ** 3, k: 1000 / 1024, M: 1e6 / 1024, G: 1e9 / 1024,
    // Stryker disable next-line ArithmeticOperator: `1e12 * 1024` is equivalent for "small": 1T is already above 8 GiB either way, 0T is 0 either way.
    T: 1e12 / 1024,
  };
  return Number(match[1]) * (match[2] ? units[match[2]]! : 1 / 1024);
}
