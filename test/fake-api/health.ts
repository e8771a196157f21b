/**
 * `/readyz?verbose` and `/livez?verbose` as kube-apiserver writes them
 * (k8s.io/apiserver/pkg/server/healthz/healthz.go): `[+]name ok` / `[-]name failed: reason withheld`
 * per check, then `readyz check passed` (200) or `readyz check failed` (500). Check names of a v1.31 server.
 */
const CHECKS = {
  livez: ['ping', 'log', 'etcd', 'poststarthook/start-apiserver-admission-initializer', 'poststarthook/generic-apiserver-start-informers', 'poststarthook/start-apiextensions-controllers', 'poststarthook/crd-informer-synced', 'poststarthook/rbac/bootstrap-roles', 'poststarthook/bootstrap-controller', 'poststarthook/apiservice-registration-controller'],
  readyz: ['ping', 'log', 'etcd', 'etcd-readiness', 'informer-sync', 'poststarthook/start-apiserver-admission-initializer', 'poststarthook/generic-apiserver-start-informers', 'poststarthook/start-apiextensions-controllers', 'poststarthook/crd-informer-synced', 'poststarthook/rbac/bootstrap-roles', 'poststarthook/bootstrap-controller', 'poststarthook/apiservice-registration-controller', 'shutdown'],
} as const;

/** The status and body of one health endpoint, with `failing` checks failed. */
export function healthAnswer(endpoint: keyof typeof CHECKS, failing: readonly string[] = []): { status: number; body: string } {
  const lines = CHECKS[endpoint].map((name) => (failing.includes(name) ? `[-]${name} failed: reason withheld` : `[+]${name} ok`));
  const passed = failing.length === 0;
  // Passed: fmt.Fprintf(w, "%s check passed\n"); failed: http.Error, which appends the newline.
  return { status: passed ? 200 : 500, body: `${lines.join('\n')}\n${endpoint} check ${passed ? 'passed' : 'failed'}\n` };
}
