import { unread } from '../gaps.ts';
import type { Lease } from '../schema.ts';
import { hoursBetween } from '../time.ts';
import { defineRule } from './rule.ts';
import { sincePrevious } from './text.ts';

/**
 * Leader transitions at which a lease is flagged without history. On a single control-plane node
 * the holder only changes when the leader restarts, so this tracks RESTARTS_WARNING.
 */
export const LEASE_TRANSITIONS_HIGH = 50;

/** lease-churn: leaderTransitions higher than in the previous snapshot, or high on their own. */
export const leaseChurn = defineRule({
  id: 'lease-churn',
  label: 'リーダー交代の多発',
  topics: ['lease-churn'],
  evidence: { transitions: 'number', holder: 'string?', from: 'number?', to: 'number?', delta: 'number?', hours: 'number?' },
  find: ({ current, previous }) => {
    const before = previous && !unread(previous, 'leases') ? new Map(previous.leases.map((l) => [l.name, l])) : new Map<string, Lease>();
    return current.leases.flatMap((lease) => {
      const old = before.get(lease.name);
      const climbing = old !== undefined && lease.transitions > old.transitions;
      if (!climbing && lease.transitions < LEASE_TRANSITIONS_HIGH) return [];
      const evidence = {
        transitions: lease.transitions,
        ...(lease.holder ? { holder: lease.holder } : {}),
        ...(climbing && previous ? { from: old.transitions, to: lease.transitions, delta: lease.transitions - old.transitions, hours: hoursBetween(previous.capturedAt, current.capturedAt) } : {}),
      };
      return [{ subject: { kind: 'Lease', name: lease.name }, severity: 'warning' as const, evidence }];
    });
  },
  text: ({ subject, evidence: e }, tools) => ({
    title: `リース ${subject.name} のリーダー交代が多い`,
    evidence: `リーダー交代 ${e.transitions} 回${sincePrevious(e, tools)}${e.holder ? `、現在の保持者 ${e.holder}` : ''}`,
  }),
});
