import type { Finding, TroubleshootingTopic } from '../snapshot/findings.ts';
import { SEALED_SECRETS_KEY_LABEL } from '../snapshot/findings.ts';
import type { Pod, Service, Snapshot, Workload } from '../snapshot/schema.ts';
import { podsOf } from './workload-view.ts';

type ComponentRule = {
  /** kubeadm's `component` label of a static pod (`component=etcd`). */
  staticComponent?: string;
  /** A label that marks the component's workloads (`k8s-app=kube-dns`). */
  labels?: Record<string, string>;
  /** Other labels other distributions mark it with (GKE's static kube-proxy pods: `component=kube-proxy`). */
  otherLabels?: Record<string, string>[];
  /** Workload names it is known by when labels differ (Helm, manifests). */
  names?: string[];
  /** Lease names its leader election uses. */
  leases?: string[];
  /** Findings of these troubleshooting topics belong to it, whatever their subject. */
  topics?: TroubleshootingTopic[];
};

/** The directory kubelet watches for static pod manifests (kubeadm's `staticPodPath`). */
export const MANIFESTS_DIR = '/etc/kubernetes/manifests/';

/** How each component page finds its own resources in a snapshot. */
export const COMPONENTS = {
  etcd: { staticComponent: 'etcd' },
  'kube-apiserver': { staticComponent: 'kube-apiserver', topics: ['certificates'] },
  'kube-controller-manager': { staticComponent: 'kube-controller-manager', leases: ['kube-controller-manager'] },
  'kube-scheduler': { staticComponent: 'kube-scheduler', leases: ['kube-scheduler'] },
  coredns: { labels: { 'k8s-app': 'kube-dns' }, names: ['coredns'], topics: ['dns'] },
  'kube-proxy': { labels: { 'k8s-app': 'kube-proxy' }, otherLabels: [{ component: 'kube-proxy' }], names: ['kube-proxy'], topics: ['kube-proxy'] },
  'sealed-secrets': {
    labels: { 'app.kubernetes.io/name': 'sealed-secrets' },
    names: ['sealed-secrets-controller', 'sealed-secrets'],
    topics: ['sealed-secrets-key', 'sealed-secrets-decrypt'],
  },
} satisfies Record<string, ComponentRule>;

/** A component with a page of its own. */
export type ComponentId = keyof typeof COMPONENTS;

/** The component's rule. */
export function componentRule(id: ComponentId): ComponentRule {
  return COMPONENTS[id];
}

/** Where kubeadm writes a static pod component's manifest (named after the component), else null. */
export function manifestPath(id: ComponentId): string | null {
  const { staticComponent } = componentRule(id);
  return staticComponent ? `${MANIFESTS_DIR}${staticComponent}.yaml` : null;
}

const hasLabels = (labels: Record<string, string>, wanted: Record<string, string> | undefined): boolean =>
  // Stryker disable next-line MethodExpression: every wanted set in COMPONENTS holds one label, where every and some agree.
  wanted !== undefined && Object.entries(wanted).every(([key, value]) => labels[key] === value);

/**
 * The component's workloads in the snapshot (several static pods on a multi-master cluster). Labels
 * are looked for on the workload and on its pods: a controller's own labels may differ from its pods'.
 */
export function workloadsOf(snapshot: Snapshot, id: ComponentId): Workload[] {
  const rule = componentRule(id);
  const labelled = (workload: Workload, wanted: Record<string, string> | undefined) =>
    hasLabels(workload.labels, wanted) || podsOf(snapshot, workload).some((pod) => hasLabels(pod.labels, wanted));
  return snapshot.workloads.filter((workload) =>
    rule.staticComponent
      ? workload.kind === 'StaticPod' && labelled(workload, { component: rule.staticComponent })
      : labelled(workload, rule.labels) || (rule.otherLabels ?? []).some((wanted) => labelled(workload, wanted)) || rule.names?.includes(workload.name) === true,
  );
}

/** The pods of the component's workloads. */
export function componentPods(snapshot: Snapshot, id: ComponentId): Pod[] {
  return workloadsOf(snapshot, id).flatMap((workload) => podsOf(snapshot, workload));
}

/** Services whose selector picks the component's pods (kube-dns for CoreDNS). */
export function servicesOf(snapshot: Snapshot, id: ComponentId): Service[] {
  const pods = componentPods(snapshot, id);
  return snapshot.services.filter((service) => {
    const selector = Object.entries(service.selector);
    return selector.length > 0 && pods.some((pod) => selector.every(([key, value]) => pod.labels[key] === value));
  });
}

/** The findings about the component: its pods, workloads, leases, key secrets, or its topics. */
export function findingsOf<F extends Finding>(snapshot: Snapshot, list: readonly F[], id: ComponentId): F[] {
  const rule = componentRule(id);
  const workloads = workloadsOf(snapshot, id);
  const names = new Set([...workloads.map((w) => w.name), ...workloads.flatMap((w) => w.pods), ...(rule.leases ?? [])]);
  const keySecrets = new Set(snapshot.secrets.filter((s) => SEALED_SECRETS_KEY_LABEL in s.labels).map((s) => s.name));
  return list.filter(
    (finding) =>
      names.has(finding.subject.name) ||
      (rule.topics ?? []).includes(finding.topic) ||
      (id === 'sealed-secrets' && finding.subject.kind === 'Secret' && keySecrets.has(finding.subject.name)),
  );
}
