import type { Service, Snapshot } from '../../snapshot/schema.ts';

/** A port that serves Prometheus metrics, and the Service it belongs to. */
export type MetricsEndpoint = { service: Service; port: number; protocol: string; url: string };

/** CoreDNS's Prometheus port, for kube-dns Services whose ports carry no names. */
const COREDNS_METRICS_PORT = 9153;

/** Whether a port serves metrics: its name or its Service's name says `metrics`, or it is CoreDNS's 9153. */
function isMetricsPort(service: Service, port: Service['ports'][number]): boolean {
  return (port.name ?? '').includes('metrics') || service.name.includes('metrics') || port.port === COREDNS_METRICS_PORT;
}

/** Ports of the namespace's Services that serve metrics (CoreDNS :9153, sealed-secrets :8081), by Service name. */
export function metricsEndpoints(snapshot: Snapshot): MetricsEndpoint[] {
  return snapshot.services
    .flatMap((service) =>
      service.ports
        .filter((port) => isMetricsPort(service, port))
        .map((port) => ({ service, port: port.port, protocol: port.protocol, url: `http://${service.name}.${service.namespace}.svc:${port.port}/metrics` })),
    )
    .sort((a, b) => a.service.name.localeCompare(b.service.name) || a.port - b.port);
}
