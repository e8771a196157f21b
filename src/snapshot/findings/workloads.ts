import { componentTopic } from './pods.ts';
import { defineRule } from './rule.ts';

/** Controllers that keep a replica count; static and bare pods are covered by the pod rules. */
const REPLICATED = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet']);

/** replicas-short: a controller with fewer ready replicas than desired; none ready is critical. */
export const replicasShort = defineRule({
  id: 'replicas-short',
  label: 'レプリカ不足',
  topics: ['replicas', 'dns', 'kube-proxy'],
  evidence: { desired: 'number', ready: 'number', missing: 'number' },
  find: ({ current }) =>
    current.workloads.flatMap((w) =>
      REPLICATED.has(w.kind) && w.desired !== null && w.ready < w.desired
        ? [{
            subject: { kind: w.kind, name: w.name },
            severity: w.ready === 0 ? 'critical' as const : 'warning' as const,
            topic: componentTopic(w, w.labels, 'replicas'),
            evidence: { desired: w.desired, ready: w.ready, missing: w.desired - w.ready },
          }]
        : [],
    ),
  text: ({ subject, evidence: e }) => ({ title: `${subject.name} のレプリカが不足している`, evidence: `準備完了 ${e.ready} / 必要数 ${e.desired}(${e.missing} 個不足)` }),
});
