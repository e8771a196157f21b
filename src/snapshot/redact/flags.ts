/**
 * Flags whose values the runbook may show: addresses, paths, names, modes and sizes of the control
 * plane, CoreDNS, kube-proxy and the kubelet. Any other flag's value is masked (booleans excepted),
 * whatever the flag is called: a deny-list of secret-looking names misses `-p X` and `--auth=u:p`.
 */
export const SAFE_FLAGS: ReadonlySet<string> = new Set([
  // kube-apiserver
  'advertise-address', 'allow-privileged', 'authorization-mode', 'bind-address', 'client-ca-file', 'enable-admission-plugins',
  'disable-admission-plugins', 'enable-bootstrap-token-auth', 'etcd-cafile', 'etcd-certfile', 'etcd-keyfile', 'etcd-servers',
  'etcd-prefix', 'kubelet-client-certificate', 'kubelet-client-key', 'kubelet-preferred-address-types', 'proxy-client-cert-file',
  'proxy-client-key-file', 'requestheader-allowed-names', 'requestheader-client-ca-file', 'requestheader-extra-headers-prefix',
  'requestheader-group-headers', 'requestheader-username-headers', 'secure-port', 'service-account-issuer', 'service-account-key-file',
  'service-account-signing-key-file', 'service-cluster-ip-range', 'service-node-port-range', 'tls-cert-file', 'tls-private-key-file',
  'audit-log-path', 'audit-policy-file', 'audit-log-maxage', 'audit-log-maxbackup', 'audit-log-maxsize', 'encryption-provider-config',
  'feature-gates', 'runtime-config', 'oidc-issuer-url', 'oidc-client-id', 'oidc-username-claim', 'oidc-groups-claim', 'oidc-ca-file',
  'anonymous-auth', 'profiling', 'event-ttl', 'max-requests-inflight', 'max-mutating-requests-inflight', 'endpoint-reconciler-type',
  // kube-controller-manager, kube-scheduler
  'allocate-node-cidrs', 'authentication-kubeconfig', 'authorization-kubeconfig', 'cluster-cidr', 'cluster-name', 'cluster-signing-cert-file',
  'cluster-signing-key-file', 'cluster-signing-duration', 'config', 'controllers', 'kubeconfig', 'leader-elect', 'root-ca-file',
  'service-account-private-key-file', 'use-service-account-credentials', 'node-cidr-mask-size', 'node-monitor-grace-period',
  'terminated-pod-gc-threshold',
  // etcd
  'advertise-client-urls', 'cert-file', 'client-cert-auth', 'data-dir', 'experimental-initial-corrupt-check',
  'experimental-watch-progress-notify-interval', 'initial-advertise-peer-urls', 'initial-cluster', 'initial-cluster-state', 'key-file',
  'listen-client-urls', 'listen-metrics-urls', 'listen-peer-urls', 'name', 'peer-cert-file', 'peer-client-cert-auth', 'peer-key-file',
  'peer-trusted-ca-file', 'snapshot-count', 'trusted-ca-file', 'quota-backend-bytes', 'auto-compaction-retention', 'auto-compaction-mode',
  'heartbeat-interval', 'election-timeout', 'wal-dir',
  // kube-proxy, kubelet, CoreDNS, sealed-secrets controller, logging
  'hostname-override', 'proxy-mode', 'metrics-bind-address', 'healthz-bind-address', 'conf', 'dns.port', 'key-prefix', 'listen-addr',
  'listen-metrics-addr', 'update-status', 'key-renew-period', 'key-ttl', 'key-cutoff-time', 'v', 'logtostderr', 'log-file', 'log-dir',
  'node-ip', 'container-runtime-endpoint', 'pod-infra-container-image', 'port', 'namespace', 'leader-elect-resource-lock',
  // kubectl, in the hints this tool prints
  'n', 'o', 'output', 'l', 'selector', 'context', 'all-namespaces', 'A',
]);

/** The flag name without dashes, if `word` is a flag: `--etcd-servers` -> `etcd-servers`, `-conf` -> `conf`. */
export function flagName(word: string): string | null {
  if (!word.startsWith('-')) return null;
  const name = word.slice(word.startsWith('--') ? 2 : 1);
  return /^[A-Za-z][\w.-]*$/.test(name) ? name : null;
}
