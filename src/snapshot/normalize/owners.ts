import type { KubeObject } from '../raw.ts';
import type { WorkloadRef } from '../schema.ts';
import { indexBy } from './fields.ts';

/** The annotation the kubelet puts on the API copy (mirror pod) of a static pod. */
export const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

/** Controllers by name, to walk a pod's owner chain. */
export type OwnerIndex = {
  replicaSets: Map<string, KubeObject>;
  jobs: Map<string, KubeObject>;
  deployments: Set<string>;
  cronJobs: Set<string>;
};

/** Indexes the controllers of a namespace by name. */
export function ownerIndex(lists: { replicaSets: KubeObject[]; jobs: KubeObject[]; deployments: KubeObject[]; cronJobs: KubeObject[] }): OwnerIndex {
  const nameOf = (object: KubeObject) => object.metadata?.name ?? '';
  return {
    replicaSets: indexBy(lists.replicaSets, nameOf),
    jobs: indexBy(lists.jobs, nameOf),
    deployments: new Set(lists.deployments.map(nameOf)),
    cronJobs: new Set(lists.cronJobs.map(nameOf)),
  };
}

/** The owner that controls the object (`controller: true`), else its first owner. */
export function controllerOf(object: KubeObject): { kind: string; name: string } | null {
  const owners = object.metadata?.ownerReferences ?? [];
  return owners.find((owner) => owner.controller) ?? owners[0] ?? null;
}

/**
 * The top-most controller of a pod: Deployment through its ReplicaSet, CronJob through its Job,
 * DaemonSet, StatefulSet; a mirror pod is a `StaticPod` and a pod without owner a `Pod`, both named
 * after the pod.
 *
 * When the ReplicaSet (or Job) is not in the state, the chain is cut: the Deployment (CronJob) is
 * named only when an object of that name exists and the names fit (`<deployment>-<pod-template-hash>`,
 * `<cronjob>-<digits>`); otherwise the owner the pod names is kept (`ReplicaSet coredns-7c65d6cfc9`).
 * A guessed Deployment that does not exist would be a lie on the page; a ReplicaSet is only vague.
 * An owner of any other kind (a custom controller) is shown as `Pod`, since the kinds are fixed.
 */
export function topOwner(pod: KubeObject, index: OwnerIndex): WorkloadRef {
  const name = pod.metadata?.name ?? '';
  const owner = controllerOf(pod);
  if (pod.metadata?.annotations?.[MIRROR_ANNOTATION] !== undefined || owner?.kind === 'Node') return { kind: 'StaticPod', name };
  if (!owner) return { kind: 'Pod', name };
  switch (owner.kind) {
    case 'ReplicaSet': {
      const replicaSet = index.replicaSets.get(owner.name);
      if (replicaSet) {
        const parent = controllerOf(replicaSet);
        return parent?.kind === 'Deployment' ? { kind: 'Deployment', name: parent.name } : { kind: 'ReplicaSet', name: owner.name };
      }
      const hash = pod.metadata?.labels?.['pod-template-hash'];
      const derived = hash && owner.name.endsWith(`-${hash}`) ? owner.name.slice(0, -hash.length - 1) : null;
      return derived && index.deployments.has(derived) ? { kind: 'Deployment', name: derived } : { kind: 'ReplicaSet', name: owner.name };
    }
    case 'Job': {
      const job = index.jobs.get(owner.name);
      if (job) {
        const parent = controllerOf(job);
        return parent?.kind === 'CronJob' ? { kind: 'CronJob', name: parent.name } : { kind: 'Job', name: owner.name };
      }
      // Stryker disable next-line Regex: without ^ the leftmost match still starts at 0, as (.+) crosses no line break and a Job name (a DNS subdomain) has none
      const derived = /^(.+)-\d+$/.exec(owner.name)?.[1];
      return derived && index.cronJobs.has(derived) ? { kind: 'CronJob', name: derived } : { kind: 'Job', name: owner.name };
    }
    case 'DaemonSet':
    case 'StatefulSet':
      return { kind: owner.kind, name: owner.name };
    default:
      return { kind: 'Pod', name };
  }
}
