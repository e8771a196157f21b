/** The upstream rule files the alert catalogue was taken from, pinned to the commit that was read. */
export const ALERT_SOURCES = {
  'kube-prometheus': {
    repo: 'prometheus-operator/kube-prometheus',
    commit: '4d719f1dea8853540b3823ab1fbe6be74a9953b3',
    version: 'main after v0.18.0 (2026-08-10); kubernetes-mixin aa38e2b (version-1.5.6+7) per its jsonnetfile.lock.json',
    files: ['manifests/kubernetesControlPlane-prometheusRule.yaml', 'manifests/kubePrometheus-prometheusRule.yaml'],
    runbookUrl: 'https://runbooks.prometheus-operator.dev/runbooks/<group>/<alert, lower case>',
  },
  'kubernetes-mixin': {
    repo: 'kubernetes-monitoring/kubernetes-mixin',
    commit: 'aa38e2bfa7ea6ec6870420b483046afe790a6411',
    version: 'version-1.5.6+7 (2026-08-06); kube-prometheus leaves this group out unless kubeProxy: true',
    files: ['alerts/kube_proxy.libsonnet'],
    runbookUrl: 'runbookURLPattern: https://runbooks.prometheus-operator.dev/runbooks/kubernetes/%s',
  },
  'etcd-mixin': {
    repo: 'etcd-io/etcd',
    commit: 'ee043b39e1757fede7cb7f261c1b547d8b188194',
    version: 'contrib/mixin as pinned by kube-prometheus; unchanged at main c34dc7e (2026-08-20)',
    files: ['contrib/mixin/alerts/alerts.libsonnet', 'contrib/mixin/config.libsonnet', 'contrib/mixin/test.yaml'],
    runbookUrl: 'none, except etcdDatabaseHighFragmentationRatio (etcd.io maintenance guide)',
  },
  'coredns-mixin': {
    repo: 'povilasv/coredns-mixin',
    commit: 'eb356cfbdcb901fa1a3c3d008faa2a5773a917a1',
    version: 'master (2023-04-25)',
    files: ['alerts/coredns.libsonnet', 'alerts/forward.libsonnet', 'config.libsonnet'],
    runbookUrl: 'corednsRunbookURLPattern: a runbook.md anchor the repository does not contain',
  },
} as const;

/** Where an alert's rule comes from. */
export type AlertSource = keyof typeof ALERT_SOURCES;
