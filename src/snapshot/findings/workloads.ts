import { componentTopic } from './pods.ts';
import { finding, type Finding, type RuleInput } from './types.ts';

/** Controllers that keep a replica count; static and bare pods are covered by the pod rules. */
const REPLICATED = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet']);

/** replicas-short: a controller with fewer ready replicas than desired; none ready is critical. */
export function replicaFindings({ current }: RuleInput): Finding[] {
  return current.workloads
    .filter((w) => REPLICATED.has(w.kind) && w.desired !== null && w.ready < w.desired)
    .map((w) =>
      finding('replicas-short', w.ready === 0 ? 'critical' : 'warning', { kind: w.kind, name: w.name }, componentTopic(w, w.labels, 'replicas'), {
        desired: w.desired!,
        ready: w.ready,
        missing: w.desired! - w.ready,
      }),
    );
}
