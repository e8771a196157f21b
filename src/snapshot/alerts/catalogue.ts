import type { AlertSource } from './sources.ts';

/** What an alert is about, which decides the live facts its page shows. */
export type AlertComponent =
  | 'kube-apiserver'
  | 'etcd'
  | 'kube-controller-manager'
  | 'kube-scheduler'
  | 'kube-proxy'
  | 'coredns'
  | 'kubelet'
  | 'workloads'
  | 'monitoring';

type Entry = readonly [ruleGroup: string, source: AlertSource, component: AlertComponent];

/**
 * Every alert the site has a page for, by its exact upstream name (see sources.ts for the commits);
 * an alert defined several times with different severities or windows is listed once.
 */
const ENTRIES = {
  KubePodCrashLooping: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubePodNotReady: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeDeploymentGenerationMismatch: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeDeploymentReplicasMismatch: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeDeploymentRolloutStuck: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeStatefulSetReplicasMismatch: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeStatefulSetGenerationMismatch: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeStatefulSetUpdateNotRolledOut: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeDaemonSetRolloutStuck: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeContainerWaiting: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeDaemonSetNotScheduled: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeDaemonSetMisScheduled: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeJobNotCompleted: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeJobFailed: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeHpaReplicasMismatch: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeHpaMaxedOut: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubePdbNotEnoughHealthyPods: ['kubernetes-apps', 'kube-prometheus', 'workloads'],
  KubeVersionMismatch: ['kubernetes-system', 'kube-prometheus', 'kubelet'],
  KubeClientErrors: ['kubernetes-system', 'kube-prometheus', 'kube-apiserver'],
  KubeAPIErrorBudgetBurn: ['kube-apiserver-slos', 'kube-prometheus', 'kube-apiserver'],
  KubeClientCertificateExpiration: ['kubernetes-system-apiserver', 'kube-prometheus', 'kube-apiserver'],
  KubeAggregatedAPIErrors: ['kubernetes-system-apiserver', 'kube-prometheus', 'kube-apiserver'],
  KubeAggregatedAPIDown: ['kubernetes-system-apiserver', 'kube-prometheus', 'kube-apiserver'],
  KubeAPIDown: ['kubernetes-system-apiserver', 'kube-prometheus', 'kube-apiserver'],
  KubeAPIInstanceUnreachable: ['kubernetes-system-apiserver', 'kube-prometheus', 'kube-apiserver'],
  KubeAPITerminatedRequests: ['kubernetes-system-apiserver', 'kube-prometheus', 'kube-apiserver'],
  KubeNodeNotReady: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeNodePressure: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeNodeUnreachable: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeletTooManyPods: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeNodeReadinessFlapping: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeNodeEviction: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeletPlegDurationHigh: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeletPodStartUpLatencyHigh: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeletClientCertificateExpiration: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeletServerCertificateExpiration: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeletClientCertificateRenewalErrors: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeletServerCertificateRenewalErrors: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeletInstanceUnreachable: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeletDown: ['kubernetes-system-kubelet', 'kube-prometheus', 'kubelet'],
  KubeSchedulerDown: ['kubernetes-system-scheduler', 'kube-prometheus', 'kube-scheduler'],
  KubeSchedulerInstanceUnreachable: ['kubernetes-system-scheduler', 'kube-prometheus', 'kube-scheduler'],
  KubeControllerManagerDown: ['kubernetes-system-controller-manager', 'kube-prometheus', 'kube-controller-manager'],
  KubeControllerManagerInstanceUnreachable: ['kubernetes-system-controller-manager', 'kube-prometheus', 'kube-controller-manager'],
  KubeProxyDown: ['kubernetes-system-kube-proxy', 'kubernetes-mixin', 'kube-proxy'],
  KubeProxyInstanceUnreachable: ['kubernetes-system-kube-proxy', 'kubernetes-mixin', 'kube-proxy'],
  TargetDown: ['general.rules', 'kube-prometheus', 'monitoring'],
  Watchdog: ['general.rules', 'kube-prometheus', 'monitoring'],
  InfoInhibitor: ['general.rules', 'kube-prometheus', 'monitoring'],
  etcdMembersDown: ['etcd', 'etcd-mixin', 'etcd'],
  etcdInsufficientMembers: ['etcd', 'etcd-mixin', 'etcd'],
  etcdNoLeader: ['etcd', 'etcd-mixin', 'etcd'],
  etcdHighNumberOfLeaderChanges: ['etcd', 'etcd-mixin', 'etcd'],
  etcdHighNumberOfFailedGRPCRequests: ['etcd', 'etcd-mixin', 'etcd'],
  etcdGRPCRequestsSlow: ['etcd', 'etcd-mixin', 'etcd'],
  etcdMemberCommunicationSlow: ['etcd', 'etcd-mixin', 'etcd'],
  etcdHighNumberOfFailedProposals: ['etcd', 'etcd-mixin', 'etcd'],
  etcdHighFsyncDurations: ['etcd', 'etcd-mixin', 'etcd'],
  etcdHighCommitDurations: ['etcd', 'etcd-mixin', 'etcd'],
  etcdDatabaseQuotaLowSpace: ['etcd', 'etcd-mixin', 'etcd'],
  etcdExcessiveDatabaseGrowth: ['etcd', 'etcd-mixin', 'etcd'],
  etcdDatabaseHighFragmentationRatio: ['etcd', 'etcd-mixin', 'etcd'],
  CoreDNSDown: ['coredns', 'coredns-mixin', 'coredns'],
  CoreDNSLatencyHigh: ['coredns', 'coredns-mixin', 'coredns'],
  CoreDNSErrorsHigh: ['coredns', 'coredns-mixin', 'coredns'],
  CoreDNSForwardLatencyHigh: ['coredns_forward', 'coredns-mixin', 'coredns'],
  CoreDNSForwardErrorsHigh: ['coredns_forward', 'coredns-mixin', 'coredns'],
  CoreDNSForwardHealthcheckFailureCount: ['coredns_forward', 'coredns-mixin', 'coredns'],
  CoreDNSForwardHealthcheckBrokenCount: ['coredns_forward', 'coredns-mixin', 'coredns'],
} as const satisfies Record<string, Entry>;

/** An alert name the site has a page for. */
export type AlertName = keyof typeof ENTRIES;

/**
 * The first path segment under /runbooks/: `kubernetes` and `general` as runbooks.prometheus-operator.dev
 * uses them (so its URL pattern points here unchanged); `etcd` and `coredns` for the mixins, which
 * upstream gives no runbook page, so the settings in docs/alerts.md choose them.
 */
export type RunbookGroup = 'kubernetes' | 'general' | 'etcd' | 'coredns';

/** One alert of the catalogue. */
export type Alert = {
  name: AlertName;
  /** The rule group it is defined in upstream. */
  ruleGroup: string;
  source: AlertSource;
  component: AlertComponent;
  runbookGroup: RunbookGroup;
  /** The path segment after the group: the name in lower case, as upstream's runbook URLs have it. */
  slug: string;
};

function runbookGroupOf(ruleGroup: string, source: AlertSource): RunbookGroup {
  if (source === 'etcd-mixin') return 'etcd';
  if (source === 'coredns-mixin') return 'coredns';
  return ruleGroup === 'general.rules' ? 'general' : 'kubernetes';
}

/** The catalogue, in upstream order. */
export const ALERTS: readonly Alert[] = Object.entries(ENTRIES).map(([name, [ruleGroup, source, component]]) => ({
  name: name as AlertName,
  ruleGroup,
  source,
  component,
  runbookGroup: runbookGroupOf(ruleGroup, source),
  slug: name.toLowerCase(),
}));

/** The alert's page path under the site root, as upstream's runbook URL ends: `/runbooks/kubernetes/kubepodcrashlooping/`. */
export function alertPath(alert: Pick<Alert, 'runbookGroup' | 'slug'>): string {
  return `/runbooks/${alert.runbookGroup}/${alert.slug}/`;
}

/** The alerts of one upstream rule group. */
export function alertsOfRuleGroup(ruleGroup: string): Alert[] {
  return ALERTS.filter((alert) => alert.ruleGroup === ruleGroup);
}
