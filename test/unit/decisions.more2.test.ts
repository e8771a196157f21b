import { describe, expect, it } from 'vitest';
import { applyDecisions, parseDecisions } from '../../src/snapshot/decisions.ts';
import { findings } from '../../src/snapshot/findings.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

// The seed: restarts-high on Pod/kube-controller-manager-rpi-master-1, lease-churn on Lease/kube-controller-manager.
const found = findings(seedSnapshot(), null);

describe('silences', () => {
  it('silence only the rule they name, not another rule on the same subject', () => {
    const yaml = 'silences:\n  - rule: lease-churn\n    subject: Pod/kube-controller-manager-rpi-master-1\n    until: "2026-12-01"\n    reason: 別のルール\n';
    const decided = applyDecisions(found, parseDecisions(yaml, 'findings.decisions.yaml'), new Date('2026-11-25T09:30:00Z'));
    expect(decided.silenced).toEqual([]);
    expect(decided.active).toEqual(found);
  });
});
