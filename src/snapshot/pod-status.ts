import type { KubeObject } from './raw.ts';

/**
 * kubectl's pod columns, a port of printPod in kubernetes/pkg/printers/internalversion/printers.go
 * (the version with restartable init containers and SchedulingGated). Keep it line-for-line close
 * to the Go so a reader can diff the two; the fields are read defensively because the input is
 * whatever JSON the API or a dump file held.
 */

type ContainerState = {
  waiting?: { reason?: string };
  running?: { startedAt?: string };
  terminated?: { reason?: string; exitCode?: number; signal?: number; finishedAt?: string };
};

type ContainerStatus = {
  name?: string;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  state?: ContainerState;
  lastState?: ContainerState;
};

type PodShape = {
  metadata?: { deletionTimestamp?: string };
  spec?: { containers?: unknown[]; initContainers?: { name?: string; restartPolicy?: string }[] };
  status?: {
    phase?: string;
    reason?: string;
    conditions?: { type?: string; status?: string; reason?: string }[];
    initContainerStatuses?: ContainerStatus[];
    containerStatuses?: ContainerStatus[];
  };
};

/** What kubectl get pods shows for one pod: STATUS, READY, RESTARTS and the "(5m ago)" time. */
export type PodColumns = {
  status: string;
  ready: string;
  restarts: number;
  /** finishedAt of the latest last-terminated container; null when RESTARTS is 0 or none is known. */
  lastRestartAt: string | null;
  /** The pod's Ready condition is True. */
  conditionReady: boolean;
};

/** A later-finished time replaces the current one, as Go's metav1.Time.Before does (zero time loses). */
function later(current: string | null, candidate: string | undefined): string | null {
  if (!candidate) return current;
  const t = Date.parse(candidate);
  if (Number.isNaN(t)) return current;
  return current === null || Date.parse(current) < t ? candidate : current;
}

/** kubectl get pods' STATUS, READY and RESTARTS for one pod, computed as kubectl's printer does. */
export function podColumns(pod: KubeObject): PodColumns {
  const { metadata, spec, status } = pod as PodShape;
  const conditions = status?.conditions ?? [];
  const initSpecs = spec?.initContainers ?? [];
  const isSidecar = (name: string | undefined) =>
    initSpecs.some((c) => c.name === name && c.restartPolicy === 'Always');

  let restarts = 0;
  let sidecarRestarts = 0;
  let totalContainers = spec?.containers?.length ?? 0;
  let readyContainers = 0;
  let lastRestartAt: string | null = null;
  let lastSidecarRestartAt: string | null = null;

  const phase = status?.phase ?? '';
  let reason = status?.reason || phase;

  for (const condition of conditions) {
    if (condition.type === 'PodScheduled' && condition.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  for (const init of initSpecs) {
    if (init.restartPolicy === 'Always') totalContainers++;
  }

  let initializing = false;
  const initStatuses = status?.initContainerStatuses ?? [];
  for (const [i, container] of initStatuses.entries()) {
    restarts += container.restartCount ?? 0;
    lastRestartAt = later(lastRestartAt, container.lastState?.terminated?.finishedAt);
    const sidecar = isSidecar(container.name);
    if (sidecar) {
      sidecarRestarts += container.restartCount ?? 0;
      lastSidecarRestartAt = later(lastSidecarRestartAt, container.lastState?.terminated?.finishedAt);
    }
    const terminated = container.state?.terminated;
    const waiting = container.state?.waiting;
    if (terminated && (terminated.exitCode ?? 0) === 0) continue;
    if (sidecar && container.started === true) {
      if (container.ready) readyContainers++;
      continue;
    }
    if (terminated) {
      if (!terminated.reason) {
        reason = terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode ?? 0}`;
      } else {
        reason = `Init:${terminated.reason}`;
      }
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${initSpecs.length}`;
    }
    initializing = true;
    break;
  }

  const initialized = conditions.find((c) => c.type === 'Initialized')?.status === 'True';
  const conditionReady = conditions.some((c) => c.type === 'Ready' && c.status === 'True');

  if (!initializing || initialized) {
    restarts = sidecarRestarts;
    lastRestartAt = lastSidecarRestartAt;
    let hasRunning = false;
    const statuses = status?.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const container = statuses[i]!;
      restarts += container.restartCount ?? 0;
      lastRestartAt = later(lastRestartAt, container.lastState?.terminated?.finishedAt);
      const terminated = container.state?.terminated;
      const waiting = container.state?.waiting;
      if (waiting?.reason) {
        reason = waiting.reason;
      } else if (terminated?.reason) {
        reason = terminated.reason;
      } else if (terminated) {
        reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode ?? 0}`;
      } else if (container.ready && container.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    // A pod whose last container completed while another still runs is shown by its Ready condition.
    if (reason === 'Completed' && hasRunning) reason = conditionReady ? 'Running' : 'NotReady';
  }

  const terminal = phase === 'Succeeded' || phase === 'Failed';
  if (metadata?.deletionTimestamp && status?.reason === 'NodeLost') {
    reason = 'Unknown';
  } else if (metadata?.deletionTimestamp && !terminal) {
    reason = 'Terminating';
  }

  return {
    status: reason,
    ready: `${readyContainers}/${totalContainers}`,
    restarts,
    lastRestartAt: restarts !== 0 ? lastRestartAt : null,
    conditionReady,
  };
}
