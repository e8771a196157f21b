import type { Pod, Snapshot } from '../../snapshot/schema.ts';

/** One node's static pods, each with the manifest file it comes from. */
export type StaticPodsOnNode = { node: string; pods: { manifest: string; pod: Pod }[] };

/**
 * The static (mirror) pods of a snapshot grouped by node, nodes and files by name. A mirror pod is
 * named `<manifest's pod name>-<node>`, and kubeadm names each manifest after its pod.
 */
export function staticPodsByNode(snapshot: Snapshot): StaticPodsOnNode[] {
  const byNode = new Map<string, StaticPodsOnNode['pods']>();
  for (const pod of snapshot.pods) {
    if (pod.workload.kind !== 'StaticPod' || pod.node === null) continue;
    const suffix = `-${pod.node}`;
    const base = pod.name.endsWith(suffix) ? pod.name.slice(0, -suffix.length) : pod.name;
    byNode.set(pod.node, [...(byNode.get(pod.node) ?? []), { manifest: `${base}.yaml`, pod }]);
  }
  return [...byNode]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([node, pods]) => ({ node, pods: pods.sort((a, b) => a.manifest.localeCompare(b.manifest)) }));
}
