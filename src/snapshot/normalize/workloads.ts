import type { KubeObject, RawState } from '../raw.ts';
import type { Pod, Workload, WorkloadKind } from '../schema.ts';
import { byNameThenKind, compare, createdAt, groupBy, int, obj, objs, str, strings, uniqueSorted, workloadKey } from './fields.ts';
import { controllerOf } from './owners.ts';

type Counts = { desired: number | null; ready: number };

type CountsOf = (spec: Record<string, unknown>, status: Record<string, unknown>) => Counts;

/** spec.replicas (the API's default is 1) and status.readyReplicas. */
const replicas: CountsOf = (spec, status) => ({ desired: int(spec.replicas) ?? 1, ready: int(status.readyReplicas) ?? 0 });

/** Desired and ready replicas as each controller reports them: the seed's レプリカ column. */
const COUNTS: Partial<Record<WorkloadKind, CountsOf>> = {
  Deployment: replicas,
  ReplicaSet: replicas,
  StatefulSet: replicas,
  DaemonSet: (_spec, status) => ({ desired: int(status.desiredNumberScheduled) ?? 0, ready: int(status.numberReady) ?? 0 }),
  Job: (spec, status) => ({ desired: int(spec.completions) ?? 1, ready: int(status.ready) ?? 0 }),
};

/**
 * One row per top-most owner: every controller in the namespace (also those without pods), plus the
 * StaticPod / Pod rows and owners that are named by pods but absent from the state. A ReplicaSet
 * owned by a Deployment, and a Job owned by a CronJob, are not rows of their own.
 */
export function toWorkloads(raw: RawState, pods: Pod[]): Workload[] {
  const podsOf = groupBy(pods, (pod) => workloadKey(pod.workload));
  const rows = new Map<string, Workload>();
  const controllers: [WorkloadKind, KubeObject[]][] = [
    ['Deployment', raw.deployments],
    ['DaemonSet', raw.daemonSets],
    ['StatefulSet', raw.statefulSets],
    ['CronJob', raw.cronJobs],
    ['ReplicaSet', raw.replicaSets.filter((replicaSet) => controllerOf(replicaSet)?.kind !== 'Deployment')],
    ['Job', raw.jobs.filter((job) => controllerOf(job)?.kind !== 'CronJob')],
  ];
  for (const [kind, objects] of controllers) {
    for (const object of objects) {
      const name = object.metadata?.name ?? '';
      const key = workloadKey({ kind, name });
      rows.set(key, fromController(kind, name, object, podsOf.get(key) ?? []));
    }
  }
  for (const [key, members] of podsOf) {
    if (!rows.has(key)) rows.set(key, fromPods(members));
  }
  return [...rows.values()].sort(byNameThenKind);
}

function fromController(kind: WorkloadKind, name: string, object: KubeObject, pods: Pod[]): Workload {
  const spec = obj(object.spec);
  const status = obj(object.status);
  // A CronJob has no replica count; what is running now is its ready pods.
  const counts = COUNTS[kind]?.(spec, status) ?? { desired: null, ready: pods.filter((pod) => pod.conditionReady).length };
  const template = kind === 'CronJob' ? obj(obj(obj(spec.jobTemplate).spec).template) : obj(spec.template);
  return {
    kind,
    name,
    ...counts,
    pods: pods.map((pod) => pod.name).sort(compare),
    restarts: sum(pods),
    images: uniqueSorted(objs(obj(template.spec).containers).map((container) => str(container.image) ?? '')),
    createdAt: createdAt(object.metadata),
    labels: strings(object.metadata?.labels),
    selector: selector(spec.selector),
  };
}

/** A row known only from its pods: a static pod, a bare pod, or an owner missing from the state. */
function fromPods(pods: Pod[]): Workload {
  const first = pods[0]!;
  const single = first.workload.kind === 'StaticPod' || first.workload.kind === 'Pod';
  return {
    kind: first.workload.kind,
    name: first.workload.name,
    desired: single ? 1 : null,
    ready: pods.filter((pod) => pod.conditionReady).length,
    pods: pods.map((pod) => pod.name).sort(compare),
    restarts: sum(pods),
    images: uniqueSorted(pods.flatMap((pod) => pod.containers.filter((container) => !container.init).map((container) => container.image))),
    createdAt: pods.map((pod) => pod.createdAt).sort(compare)[0]!,
    labels: single ? first.labels : {},
    selector: null,
  };
}

function sum(pods: Pod[]): number {
  return pods.reduce((total, pod) => total + pod.restarts, 0);
}

/** `k=v,k2=v2` from matchLabels, sorted; null without matchLabels. */
function selector(value: unknown): string | null {
  const labels = strings(obj(value).matchLabels);
  const keys = Object.keys(labels).sort(compare);
  return keys.length > 0 ? keys.map((key) => `${key}=${labels[key]}`).join(',') : null;
}
