import type { Pod, Snapshot, WorkloadRef } from '../schema.ts';
import { hoursBetween } from '../time.ts';
import { defineRule, type RuleInput } from './rule.ts';
import { lastEnd, nodeText, sincePrevious } from './text.ts';

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

/** Waiting reasons of a container whose image the kubelet cannot pull. */
const IMAGE_PULL_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff']);

/** True when a container of the pod waits for an image the kubelet cannot pull. */
export function isImagePullFailing(pod: Pod): boolean {
  return pod.containers.some((c) => c.reason !== null && IMAGE_PULL_REASONS.has(c.reason));
}

/** The section of a CoreDNS or kube-proxy pod/workload, else `fallback`. */
export function componentTopic<T extends string>(workload: WorkloadRef, labels: Record<string, string>, fallback: T): T | 'dns' | 'kube-proxy' {
  if (workload.name === 'coredns' || labels['k8s-app'] === 'kube-dns') return 'dns';
  if (workload.name === 'kube-proxy' || labels['k8s-app'] === 'kube-proxy') return 'kube-proxy';
  return fallback;
}

/** Pods whose STATUS is not Running/Completed or whose READY is short: the history page's 未準備 count. */
export function notReadyCount(snapshot: Snapshot): number {
  return snapshot.pods.filter(isPodNotReady).length;
}

const subjectOf = (pod: Pod) => ({ kind: 'Pod', name: pod.name });
const workloadText = (pod: Pod) => `${pod.workload.kind} ${pod.workload.name}`;
const sameWorkload = (a: WorkloadRef, b: WorkloadRef) => a.kind === b.kind && a.name === b.name;

/** The container that restarted most, with how it last ended: where to look first. */
function worstContainer(pod: Pod): { container?: string; lastReason?: string; exitCode?: number } {
  const container = [...pod.containers].sort((a, b) => b.restarts - a.restarts)[0];
  if (!container) return {};
  if (!container.lastTermination) return { container: container.name };
  const { reason, exitCode } = container.lastTermination;
  return { container: container.name, lastReason: reason ?? `ExitCode:${exitCode}`, exitCode };
}

const RESTART_EVIDENCE = {
  restarts: 'number', workload: 'string', node: 'string',
  container: 'string?', lastReason: 'string?', exitCode: 'number?',
  from: 'number?', to: 'number?', delta: 'number?', hours: 'number?',
} as const;

/**
 * A pod's restart figures: RESTARTS, its worst container, and the climb since the same pod of the
 * same workload in the previous snapshot (kept when the count did not move, so the text can say so;
 * a recreated pod whose counter went down is no climb).
 */
function restartFigures({ current, previous }: RuleInput) {
  const before = new Map(previous?.pods.map((pod) => [pod.name, pod]) ?? []);
  return current.pods.map((pod) => {
    const old = before.get(pod.name);
    const climb = previous && old && sameWorkload(old.workload, pod.workload) && pod.restarts >= old.restarts
      ? { from: old.restarts, to: pod.restarts, delta: pod.restarts - old.restarts, hours: hoursBetween(previous.capturedAt, current.capturedAt) }
      : {};
    return { pod, evidence: { restarts: pod.restarts, workload: workloadText(pod), node: pod.node ?? '', ...worstContainer(pod), ...climb } };
  });
}

/** restarts-high: RESTARTS at or above the thresholds, with the climb when there is history. */
export const restartsHigh = defineRule({
  id: 'restarts-high',
  label: '再起動回数が多い',
  topics: ['restarts'],
  evidence: RESTART_EVIDENCE,
  find: (input) =>
    restartFigures(input)
      .filter(({ pod }) => pod.restarts >= RESTARTS_WARNING)
      .map(({ pod, evidence }) => ({ subject: subjectOf(pod), severity: pod.restarts >= RESTARTS_CRITICAL ? 'critical' : 'warning', evidence })),
  text: ({ subject, evidence: e }, tools) => ({ title: `${subject.name} の再起動回数が多い`, evidence: `再起動 ${e.restarts} 回${sincePrevious(e, tools)}${lastEnd(e)}` }),
});

/** restarts-climbing: more RESTARTS than last time, below the thresholds (one pod never shows two restart cards). */
export const restartsClimbing = defineRule({
  id: 'restarts-climbing',
  label: '再起動回数が増加',
  topics: ['restarts'],
  evidence: RESTART_EVIDENCE,
  find: (input) =>
    restartFigures(input)
      .filter(({ pod, evidence }) => pod.restarts < RESTARTS_WARNING && (evidence.delta ?? 0) > 0)
      .map(({ pod, evidence }) => ({ subject: subjectOf(pod), severity: 'warning', evidence })),
  text: ({ subject, evidence: e }, tools) => ({ title: `${subject.name} の再起動回数が増えている`, evidence: `再起動 ${e.restarts} 回${sincePrevious(e, tools)}${lastEnd(e)}` }),
});

/** crashloop: a pod or container in CrashLoopBackOff (critical). */
export const crashloop = defineRule({
  id: 'crashloop',
  label: 'クラッシュの繰り返し',
  topics: ['crashloop'],
  evidence: { status: 'string', ready: 'string', restarts: 'number', workload: 'string', container: 'string?', lastReason: 'string?', exitCode: 'number?' },
  find: ({ current }) =>
    current.pods.filter(isCrashLooping).map((pod) => {
      const container = pod.containers.find((c) => c.reason === 'CrashLoopBackOff') ?? pod.containers[0];
      const evidence = { status: pod.status, ready: pod.ready, restarts: pod.restarts, workload: workloadText(pod), ...worstContainer(pod), ...(container ? { container: container.name } : {}) };
      return { subject: subjectOf(pod), severity: 'critical', evidence };
    }),
  text: ({ subject, evidence: e }) => ({
    title: `${subject.name} がクラッシュと再起動を繰り返している`,
    evidence: `ステータス ${e.status}、準備完了 ${e.ready}、再起動 ${e.restarts} 回${lastEnd(e)}`,
  }),
});

/** not-ready: a pod that is not serving for a reason other than a crash loop. */
export const notReady = defineRule({
  id: 'not-ready',
  label: '準備完了でない Pod',
  topics: ['not-ready', 'image-pull', 'dns', 'kube-proxy'],
  evidence: { status: 'string', ready: 'string', workload: 'string', node: 'string' },
  find: ({ current }) =>
    current.pods
      .filter((pod) => !isCrashLooping(pod) && isPodNotReady(pod))
      .map((pod) => ({
        subject: subjectOf(pod),
        severity: 'warning',
        // An image that cannot be pulled is fixed the same way whatever the component: its own procedure first.
        topic: isImagePullFailing(pod) ? 'image-pull' : componentTopic(pod.workload, pod.labels, 'not-ready'),
        evidence: { status: pod.status, ready: pod.ready, workload: workloadText(pod), node: pod.node ?? '' },
      })),
  text: ({ subject, evidence: e }) => ({ title: `${subject.name} が準備完了になっていない`, evidence: `ステータス ${e.status}、準備完了 ${e.ready}、${nodeText(e.node)}` }),
});

/** oom-killed: a container whose last (or current) termination was OOMKilled. */
export const oomKilled = defineRule({
  id: 'oom-killed',
  label: 'メモリ不足による強制終了',
  topics: ['oom'],
  evidence: { container: 'string', restarts: 'number', workload: 'string', finishedAt: 'string?', memoryLimit: 'string?' },
  find: ({ current }) =>
    current.pods.flatMap((pod) => {
      const killed = pod.containers.filter((c) => c.lastTermination?.reason === 'OOMKilled' || (c.state === 'terminated' && c.reason === 'OOMKilled'));
      const first = killed[0];
      if (!first) return [];
      const evidence = {
        container: killed.map((c) => c.name).join(', '),
        restarts: pod.restarts,
        workload: workloadText(pod),
        ...(first.lastTermination?.finishedAt ? { finishedAt: first.lastTermination.finishedAt } : {}),
        ...(first.limits.memory ? { memoryLimit: first.limits.memory } : {}),
      };
      return [{ subject: subjectOf(pod), severity: 'warning' as const, evidence }];
    }),
  text: ({ subject, evidence: e }, tools) => ({
    title: `${subject.name} がメモリ不足で強制終了された`,
    evidence: [
      `コンテナ ${e.container} の前回の終了が OOMKilled${e.finishedAt ? `(${tools.time(e.finishedAt)})` : ''}`,
      e.memoryLimit ? `メモリ上限 ${e.memoryLimit}` : 'メモリ上限なし',
      `再起動 ${e.restarts} 回`,
    ].join('、'),
  }),
});
