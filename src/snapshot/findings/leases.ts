import type { Lease } from '../schema.ts';
import { hoursBetween } from '../time.ts';
import { unread } from '../gaps.ts';
import { finding, type Finding, type RuleInput } from './types.ts';

/**
 * Leader transitions at which a lease is flagged without history. On a single control-plane node
 * the holder only changes when the leader restarts, so this tracks RESTARTS_WARNING.
 */
export const LEASE_TRANSITIONS_HIGH = 50;

/** lease-churn: leaderTransitions higher than in the previous snapshot, or high on their own. */
export function leaseFindings({ current, previous }: RuleInput): Finding[] {
  const before = previous && !unread(previous, 'leases') ? new Map(previous.leases.map((l) => [l.name, l])) : new Map<string, Lease>();
  const out: Finding[] = [];
  for (const lease of current.leases) {
    const old = before.get(lease.name);
    const climbing = old !== undefined && lease.transitions > old.transitions;
    if (!climbing && lease.transitions < LEASE_TRANSITIONS_HIGH) continue;
    const evidence: Finding['evidence'] = { transitions: lease.transitions };
    if (lease.holder) evidence.holder = lease.holder;
    if (climbing && previous) {
      Object.assign(evidence, { from: old.transitions, to: lease.transitions, delta: lease.transitions - old.transitions, hours: hoursBetween(previous.capturedAt, current.capturedAt) });
    }
    out.push(finding('lease-churn', 'warning', { kind: 'Lease', name: lease.name }, 'lease-churn', evidence));
  }
  return out;
}
