import type { Pod, Snapshot, WorkloadRef } from '../schema.ts';
import { hoursBetween } from '../time.ts';
import { finding, type Finding, type RuleInput, type TroubleshootingTopic } from './types.ts';

/**
 * RESTARTS at which a pod is flagged even without history. A healthy control-plane pod restarts a
 * few times a year (node reboots, upgrades: the seed's 1, 6 and 11 in 12 days are not alarming);
 * 50 means something kills it repeatedly.
 */
export const RESTARTS_WARNING = 50;
/** RESTARTS at which the pod is critical: hundreds (the seed's 392) mean it fails all day long. */
export const RESTARTS_CRITICAL = 200;

/** kubectl STATUS values of a pod that is fine without being Running (Jobs' finished pods). */
const DONE_STATUSES = new Set(['Completed', 'Succeeded']);

/** True when a pod is not serving: READY n<m while Running, or a STATUS other than Running/Completed. */
export function isPodNotReady(pod: Pod): boolean {
  if (DONE_STATUSES.has(pod.status)) return false;
  if (pod.status !== 'Running') return true;
  const [ready, total] = pod.ready.split('/').map(Number);
  return ready! < total!;
}

/** True when the pod or one of its containers is in CrashLoopBackOff. */
export function isCrashLooping(pod: Pod): boolean {
  return pod.status === 'CrashLoopBackOff' || pod.containers.some((c) => c.reason === 'CrashLoopBackOff');
}

/** Sends a finding about a CoreDNS or kube-proxy pod/workload to that component's own section. */
export function componentTopic(workload: WorkloadRef, labels: Record<string, string>, fallback: TroubleshootingTopic): TroubleshootingTopic {
  if (workload.name === 'coredns' || labels['k8s-app'] === 'kube-dns') return 'dns';
  if (workload.name === 'kube-proxy' || labels['k8s-app'] === 'kube-proxy') return 'kube-proxy';
  return fallback;
}

const subjectOf = (pod: Pod) => ({ kind: 'Pod', name: pod.name });
const workloadText = (pod: Pod) => `${pod.workload.kind} ${pod.workload.name}`;
const sameWorkload = (a: WorkloadRef, b: WorkloadRef) => a.kind === b.kind && a.name === b.name;

/** The container that restarted most, with how it last ended: where to look first. */
function worstContainer(pod: Pod): Finding['evidence'] {
  const container = [...pod.containers].sort((a, b) => b.restarts - a.restarts)[0];
  if (!container) return {};
  const evidence: Finding['evidence'] = { container: container.name };
  if (container.lastTermination) {
    evidence.lastReason = container.lastTermination.reason ?? `ExitCode:${container.lastTermination.exitCode}`;
    evidence.exitCode = container.lastTermination.exitCode;
  }
  return evidence;
}

/**
 * restarts-high (RESTARTS at or above the thresholds) and restarts-climbing (more RESTARTS than the
 * same pod of the same workload had in the previous snapshot). A pod that is both gets one
 * restarts-high finding whose evidence carries the climb, so one pod never shows two restart cards.
 */
export function restartFindings({ current, previous }: RuleInput): Finding[] {
  const before = new Map(previous?.pods.map((pod) => [pod.name, pod]) ?? []);
  const out: Finding[] = [];
  for (const pod of current.pods) {
    const old = before.get(pod.name);
    // The same pod of the same workload before; a recreated pod with the same name whose counter
    // went down is no climb. `from` is kept when the count did not move, so the text can say so.
    const climb: Finding['evidence'] =
      previous && old && sameWorkload(old.workload, pod.workload) && pod.restarts >= old.restarts
        ? { from: old.restarts, to: pod.restarts, delta: pod.restarts - old.restarts, hours: hoursBetween(previous.capturedAt, current.capturedAt) }
        : {};
    const base = { restarts: pod.restarts, workload: workloadText(pod), node: pod.node ?? '', ...worstContainer(pod) };
    if (pod.restarts >= RESTARTS_WARNING) {
      const severity = pod.restarts >= RESTARTS_CRITICAL ? 'critical' : 'warning';
      out.push(finding('restarts-high', severity, subjectOf(pod), 'restarts', { ...base, ...climb }));
    } else if (Number(climb.delta) > 0) {
      out.push(finding('restarts-climbing', 'warning', subjectOf(pod), 'restarts', { ...base, ...climb }));
    }
  }
  return out;
}

/** crashloop (critical), and not-ready for pods that are not serving for another reason. */
export function podStateFindings({ current }: RuleInput): Finding[] {
  const out: Finding[] = [];
  for (const pod of current.pods) {
    if (isCrashLooping(pod)) {
      const container = pod.containers.find((c) => c.reason === 'CrashLoopBackOff') ?? pod.containers[0];
      out.push(finding('crashloop', 'critical', subjectOf(pod), 'crashloop', { status: pod.status, ready: pod.ready, restarts: pod.restarts, workload: workloadText(pod), ...worstContainer(pod), ...(container ? { container: container.name } : {}) }));
    } else if (isPodNotReady(pod)) {
      out.push(finding('not-ready', 'warning', subjectOf(pod), componentTopic(pod.workload, pod.labels, 'not-ready'), { status: pod.status, ready: pod.ready, workload: workloadText(pod), node: pod.node ?? '' }));
    }
  }
  return out;
}

/** oom-killed: a container whose last (or current) termination was OOMKilled. */
export function oomFindings({ current }: RuleInput): Finding[] {
  const out: Finding[] = [];
  for (const pod of current.pods) {
    const killed = pod.containers.filter((c) => c.lastTermination?.reason === 'OOMKilled' || (c.state === 'terminated' && c.reason === 'OOMKilled'));
    if (killed.length === 0) continue;
    const first = killed[0]!;
    const evidence: Finding['evidence'] = { container: killed.map((c) => c.name).join(', '), restarts: pod.restarts, workload: workloadText(pod) };
    if (first.lastTermination?.finishedAt) evidence.finishedAt = first.lastTermination.finishedAt;
    if (first.limits.memory) evidence.memoryLimit = first.limits.memory;
    out.push(finding('oom-killed', 'warning', subjectOf(pod), 'oom', evidence));
  }
  return out;
}

/** Pods whose STATUS is not Running/Completed or whose READY is short: the history page's 未準備 count. */
export function notReadyCount(snapshot: Snapshot): number {
  return snapshot.pods.filter(isPodNotReady).length;
}
