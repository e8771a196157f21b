import type { KubeObject } from '../raw.ts';
import type { Service } from '../schema.ts';
import { createdAt, int, obj, objs, str, strings } from './fields.ts';

/** A Service with its ClusterIP and ports, as kubectl get services shows them. */
export function toService(service: KubeObject): Service {
  const spec = obj(service.spec);
  return {
    namespace: service.metadata?.namespace ?? '',
    name: service.metadata?.name ?? '',
    type: str(spec.type) ?? 'ClusterIP',
    clusterIP: str(spec.clusterIP),
    ports: objs(spec.ports).map((port) => ({
      name: str(port.name),
      port: int(port.port) ?? 0,
      protocol: str(port.protocol) ?? 'TCP',
      targetPort: String(port.targetPort ?? port.port ?? ''),
      nodePort: int(port.nodePort),
    })),
    selector: strings(spec.selector),
    createdAt: createdAt(service.metadata),
  };
}
