import type { Pod, Snapshot, Workload } from '../snapshot/schema.ts';
import { formatAge, formatJst } from '../i18n/time.ja.ts';
import { ja } from '../i18n/ja.ts';

/** A static or bare pod is its own workload: one pod, shown by its own name. */
const isSinglePod = (workload: Workload) => workload.kind === 'StaticPod' || workload.kind === 'Pod';

/** How the seed names a row: `coredns-*` for controllers, the pod's own name for a static or bare pod. */
export function rowName(workload: Workload): string {
  return isSinglePod(workload) && workload.pods.length === 1 ? workload.pods[0]! : `${workload.name}-*`;
}

/** The seed's レプリカ column: `2/2` for controllers, `1` for a ready static pod, `0/1` when it is not. */
export function replicasText(workload: Workload): string {
  if (workload.desired === null) return String(workload.ready);
  if (isSinglePod(workload) && workload.ready === workload.desired) return String(workload.desired);
  return `${workload.ready}/${workload.desired}`;
}

/** The pods of a workload, in the snapshot's order. */
export function podsOf(snapshot: Snapshot, workload: Workload): Pod[] {
  const names = new Set(workload.pods);
  return snapshot.pods.filter((pod) => names.has(pod.name));
}

/** The pods' STATUS column summed up: `Running`, or `Running 2 / CrashLoopBackOff 1` when they differ. */
export function statusSummary(pods: readonly Pod[]): string {
  if (pods.length === 0) return ja.podTable.noPods;
  const counts = new Map<string, number>();
  for (const pod of pods) counts.set(pod.status, (counts.get(pod.status) ?? 0) + 1);
  if (counts.size === 1) return pods[0]!.status;
  return [...counts].map(([status, n]) => `${status} ${n}`).join(' / ');
}

/** The pods' AGE at capture time (kubectl's rounding, in Japanese): `12日`, or `3日〜12日` when they differ. */
export function ageSummary(pods: readonly Pod[], capturedAt: string): string {
  const created = pods.map((pod) => pod.createdAt).sort();
  if (created.length === 0) return ja.unknown;
  const oldest = formatAge(created[0]!, capturedAt);
  const youngest = formatAge(created.at(-1)!, capturedAt);
  return oldest === youngest ? oldest : `${youngest}〜${oldest}`;
}

/** A pod's last terminations, one line per container that has one: `OOMKilled・終了コード 137・2026/11/24 18:00 JST`. */
export function lastTerminations(pod: Pod): string[] {
  const withTermination = pod.containers.filter((c) => c.lastTermination !== null);
  return withTermination.map((container) => {
    const t = container.lastTermination!;
    const parts = [
      t.reason ?? ja.unknown,
      t.signal ? ja.termination.signal(t.signal) : ja.termination.exitCode(t.exitCode),
      t.finishedAt ? formatJst(t.finishedAt) : null,
    ].filter((part): part is string => part !== null);
    // Named whenever the pod has several containers (so also when several ended).
    const prefix = pod.containers.length > 1 ? `${container.name}: ` : '';
    return prefix + parts.join('・');
  });
}
