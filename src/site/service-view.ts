import type { Service } from '../snapshot/schema.ts';

type ServicePort = Service['ports'][number];

/** A port as the seed writes it: `53/UDP (dns)`, `443/TCP → 6443 (https)`, `30080:80/TCP` for a NodePort. */
export function portText(port: ServicePort): string {
  const number = port.nodePort ? `${port.port}:${port.nodePort}` : String(port.port);
  // A named targetPort that repeats the port's own name says nothing new.
  const target = port.targetPort && port.targetPort !== String(port.port) && port.targetPort !== port.name ? ` → ${port.targetPort}` : '';
  return `${number}/${port.protocol}${target}${port.name ? ` (${port.name})` : ''}`;
}
