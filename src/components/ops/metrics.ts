import type { Service, Snapshot } from '../../snapshot/schema.ts';

/** A port that serves Prometheus metrics, and the Service it belongs to. */
export type MetricsEndpoint = { service: Service; port: number; protocol: string; url: string };

/** Ports of the namespace's Services whose name says `metrics` (CoreDNS :9153, sealed-secrets :8081), by Service name. */
export function metricsEndpoints(snapshot: Snapshot): MetricsEndpoint[] {
  return snapshot.services
    .flatMap((service) =>
      service.ports
        .filter((port) => (port.name ?? '').includes('metrics'))
        .map((port) => ({ service, port: port.port, protocol: port.protocol, url: `http://${service.name}.${service.namespace}.svc:${port.port}/metrics` })),
    )
    .sort((a, b) => a.service.name.localeCompare(b.service.name) || a.port - b.port);
}
