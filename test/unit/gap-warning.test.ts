import { describe, expect, it } from 'vitest';
import { gapWarning } from '../../src/snapshot/capture/outcomes.ts';
import type { Gap } from '../../src/snapshot/schema.ts';

describe('gapWarning', () => {
  it.each<[string, Gap, string]>([
    ['an API refusal', { resource: 'events', reason: 'forbidden', httpStatus: 403, message: 'events is forbidden' },
      'warning: events: forbidden (403): events is forbidden; the snapshot will say it is unknown'],
    ['a kind missing from a dump', { resource: 'nodes', reason: 'not-in-dump', message: 'no Node in the dump; add kubectl get nodes -o json' },
      'warning: nodes: not-in-dump: no Node in the dump; add kubectl get nodes -o json; the snapshot will say it is unknown'],
    // The snapshot keeps gap messages redacted; the log line must not be the one place the value shows.
    ['a message quoting a secret flag', { resource: 'leases', reason: 'error', message: 'webhook rejected --token=abc123 from https://user:pw@proxy' },
      'warning: leases: error: webhook rejected --token=[redacted] from https://[redacted]@proxy; the snapshot will say it is unknown'],
  ])('%s', (_, gap, line) => {
    expect(gapWarning(gap)).toBe(line);
  });
});
