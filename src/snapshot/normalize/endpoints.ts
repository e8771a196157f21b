import type { KubeObject } from '../raw.ts';
import type { ServiceEndpoints } from '../schema.ts';
import { compare, groupBy, int, obj, objs, str } from './fields.ts';

/** The label that ties an EndpointSlice to its Service. */
const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/**
 * EndpointSlices -> endpoints per Service. An endpoint whose `conditions.ready` is unset counts as
 * ready, as the API documents ("nil should be interpreted as true"). A Service may have several
 * slices (one per address family, or one per 100 endpoints): an endpoint is counted once, by the
 * pod it points at, else by its first address, so a dual-stack pod is one endpoint, not two.
 */
export function toServiceEndpoints(slices: readonly KubeObject[]): ServiceEndpoints[] {
  const byService = groupBy(slices.filter((slice) => slice.metadata?.labels?.[SERVICE_NAME_LABEL]), (slice) => slice.metadata!.labels![SERVICE_NAME_LABEL]!);
  return [...byService].map(([service, group]) => {
    const ready = new Set<string>();
    const notReady = new Set<string>();
    const readyPods = new Set<string>();
    const ports = new Map<string, { name: string | null; port: number | null; protocol: string; ready: Set<string> }>();
    for (const slice of group) {
      const readyHere: string[] = [];
      for (const endpoint of objs(slice['endpoints'])) {
        const target = obj(endpoint.targetRef);
        const pod = target.kind === 'Pod' ? str(target.name) : null;
        const address = Array.isArray(endpoint.addresses) ? str(endpoint.addresses[0]) : null;
        const id = pod ? `pod/${pod}` : `address/${address}`;
        if (obj(endpoint.conditions).ready === false) {
          notReady.add(id);
          continue;
        }
        ready.add(id);
        readyHere.push(id);
        if (pod) readyPods.add(pod);
      }
      for (const port of objs(slice['ports'])) {
        const entry = { name: str(port.name), port: int(port.port), protocol: str(port.protocol) ?? 'TCP' };
        const key = `${entry.name}|${entry.port}|${entry.protocol}`;
        const seen = ports.get(key) ?? { ...entry, ready: new Set<string>() };
        for (const id of readyHere) seen.ready.add(id);
        ports.set(key, seen);
      }
    }
    for (const id of ready) notReady.delete(id);
    return {
      service,
      ready: ready.size,
      notReady: notReady.size,
      ports: [...ports.values()]
        .map((port) => ({ ...port, ready: port.ready.size }))
        .sort((a, b) => compare(a.name ?? '', b.name ?? '') || (a.port ?? 0) - (b.port ?? 0) || compare(a.protocol, b.protocol)),
      readyPods: [...readyPods].sort(compare),
    };
  }).sort((a, b) => compare(a.service, b.service));
}
