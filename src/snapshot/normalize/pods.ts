import { podColumns } from '../pod-status.ts';
import type { KubeObject } from '../raw.ts';
import type { Pod } from '../schema.ts';
import { containers } from './containers.ts';
import { createdAt, obj, str, strings, time } from './fields.ts';
import { topOwner, type OwnerIndex } from './owners.ts';

/** A pod as the snapshot keeps it: kubectl's columns, its top-most owner, its containers. */
export function toPod(pod: KubeObject, owners: OwnerIndex): Pod {
  const spec = obj(pod.spec);
  const status = obj(pod.status);
  const columns = podColumns(pod);
  return {
    name: pod.metadata?.name ?? '',
    node: str(spec.nodeName),
    phase: str(status.phase) ?? 'Unknown',
    status: columns.status,
    ready: columns.ready,
    restarts: columns.restarts,
    lastRestartAt: time(columns.lastRestartAt),
    conditionReady: columns.conditionReady,
    createdAt: createdAt(pod.metadata),
    startedAt: time(status.startTime),
    podIP: str(status.podIP),
    qosClass: str(status.qosClass),
    workload: topOwner(pod, owners),
    labels: strings(pod.metadata?.labels),
    containers: containers(spec, status),
  };
}
