import type { KubeObject } from '../raw.ts';
import type { Lease } from '../schema.ts';
import { int, obj, str, time } from './fields.ts';

/** A leader-election Lease: who holds it and how often it changed hands. */
export function toLease(lease: KubeObject): Lease {
  const spec = obj(lease.spec);
  return {
    name: lease.metadata?.name ?? '',
    holder: str(spec.holderIdentity),
    acquiredAt: time(spec.acquireTime),
    renewedAt: time(spec.renewTime),
    durationSeconds: int(spec.leaseDurationSeconds),
    transitions: Math.max(0, int(spec.leaseTransitions) ?? 0),
  };
}
