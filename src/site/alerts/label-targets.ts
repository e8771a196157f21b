/**
 * Alertmanager's link may carry the alert's labels (`?namespace=kube-system&pod=…&node=…`). The site
 * is static, so each alert page embeds the few facts of the snapshot that labels can point at, and a
 * small script (alert-labels-client.ts) matches the query against them in the browser.
 */
import { alertLabelsJa as t } from '../../i18n/alert-client.ja.ts';
import type { Snapshot } from '../../snapshot/schema.ts';

/** What a label can point at in the latest snapshot. */
export type LabelTargets = {
  namespace: string;
  capturedAt: string;
  pods: { name: string; node: string | null; status: string; ready: string; restarts: number }[];
  nodes: { name: string; ready: boolean; pressures: string[] }[];
  workloads: { kind: string; name: string; desired: number | null; ready: number }[];
};

/** The labels the page understands, with the workload kind each names (kube-state-metrics' label names). */
const WORKLOAD_LABELS = { deployment: 'Deployment', daemonset: 'DaemonSet', statefulset: 'StatefulSet', job_name: 'Job' } as const;

/** The facts of `snapshot` that alert labels can point at. */
export function labelTargets(snapshot: Snapshot): LabelTargets {
  return {
    namespace: snapshot.namespace,
    capturedAt: snapshot.capturedAt,
    pods: snapshot.pods.map(({ name, node, status, ready, restarts }) => ({ name, node, status, ready, restarts })),
    nodes: snapshot.nodes.map((node) => ({
      name: node.name,
      ready: node.ready,
      pressures: node.conditions.filter((c) => c.type.endsWith('Pressure') && c.status === 'True').map((c) => c.type),
    })),
    workloads: snapshot.workloads.map(({ kind, name, desired, ready }) => ({ kind, name, desired, ready })),
  };
}

/** One line per label of the query that names an object: what the snapshot says about it, or that it has no such object. */
export function describeLabels(query: URLSearchParams, targets: LabelTargets): string[] {
  const lines: string[] = [];
  const namespace = query.get('namespace');
  const inScope = namespace === null || namespace === targets.namespace;
  if (!inScope) lines.push(t.otherNamespace(namespace, targets.namespace));

  const pod = query.get('pod');
  if (pod !== null && inScope) {
    const found = targets.pods.find((p) => p.name === pod);
    lines.push(found ? t.pod(found) : t.missing('Pod', pod));
  }
  for (const [label, kind] of Object.entries(WORKLOAD_LABELS)) {
    const name = query.get(label);
    if (name === null || !inScope) continue;
    const found = targets.workloads.find((w) => w.kind === kind && w.name === name);
    lines.push(found ? t.workload(found) : t.missing(kind, name));
  }
  const node = query.get('node');
  if (node !== null) {
    const found = targets.nodes.find((n) => n.name === node);
    lines.push(found ? t.node(found) : t.missing('Node', node));
  }
  return lines;
}
