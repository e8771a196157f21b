import { describe, expect, it } from 'vitest';
import { applyDecisions, parseDecisions } from '../../src/snapshot/decisions.ts';
import { findings } from '../../src/snapshot/findings.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

// The seed: restarts-high (critical) on Pod/kube-controller-manager-rpi-master-1, lease-churn (warning) on Lease/kube-controller-manager.
const found = findings(seedSnapshot(), null);
const FILE = 'findings.decisions.yaml';
const silence = (until: string) => `silences:\n  - rule: restarts-high\n    subject: Pod/kube-controller-manager-rpi-master-1\n    until: "${until}"\n    reason: 既知。SD カードの交換待ち\n`;
const at = (iso: string) => new Date(iso);

describe('silences', () => {
  it('a future silence moves the finding apart with its reason', () => {
    const decided = applyDecisions(found, parseDecisions(silence('2026-12-01'), FILE), at('2026-11-25T09:30:00Z'));
    expect(decided.active.map((f) => f.rule)).toEqual(['lease-churn']);
    expect(decided.silenced).toEqual([{ finding: found[0], silence: { rule: 'restarts-high', subject: 'Pod/kube-controller-manager-rpi-master-1', until: '2026-12-01', reason: '既知。SD カードの交換待ち' } }]);
  });

  it('holds through the end of its day (UTC) and not a second longer', () => {
    const decisions = parseDecisions(silence('2026-11-25'), FILE);
    expect(applyDecisions(found, decisions, at('2026-11-25T23:59:59Z')).silenced).toHaveLength(1);
    expect(applyDecisions(found, decisions, at('2026-11-26T00:00:00Z')).silenced).toHaveLength(0);
  });

  it('a past silence brings the finding back, with the expired silence as a note', () => {
    const decided = applyDecisions(found, parseDecisions(silence('2026-11-01'), FILE), at('2026-11-25T09:30:00Z'));
    expect(decided.silenced).toEqual([]);
    expect(decided.active[0]).toMatchObject({ rule: 'restarts-high', expiredSilence: { until: '2026-11-01', reason: '既知。SD カードの交換待ち' } });
  });

  it('silences only the subject it names', () => {
    const other = silence('2026-12-01').replace('Pod/kube-controller-manager-rpi-master-1', 'Pod/etcd-rpi-master-1');
    expect(applyDecisions(found, parseDecisions(other, FILE), at('2026-11-25T09:30:00Z')).active).toHaveLength(2);
  });
});

describe('severity changes', () => {
  it('report a rule at another severity, most severe first again', () => {
    const decided = applyDecisions(found, parseDecisions('severities:\n  - rule: restarts-high\n    severity: info\n', FILE), at('2026-11-25T09:30:00Z'));
    expect(decided.active.map((f) => [f.rule, f.severity])).toEqual([
      ['lease-churn', 'warning'],
      ['restarts-high', 'info'],
    ]);
  });
});

describe('a bad decisions file is one line naming the file and field', () => {
  it.each([
    [silence('2026-02-30'), 'findings.decisions.yaml: silences[0].until: not a calendar date; fix the entry or remove it'],
    [silence('next week'), 'findings.decisions.yaml: silences[0].until: expected a date YYYY-MM-DD; fix the entry or remove it'],
    [silence('2026-12-01').replace('rule: restarts-high', 'rule: restart-high'), expect.stringMatching(/^findings\.decisions\.yaml: silences\[0\]\.rule: expected one of .*restarts-high.*; fix the entry or remove it$/)],
    [silence('2026-12-01').replace('Pod/kube-controller-manager-rpi-master-1', 'kube-controller-manager'), 'findings.decisions.yaml: silences[0].subject: expected Kind/name, e.g. Pod/coredns-abc; fix the entry or remove it'],
    [silence('2026-12-01').replace('reason: 既知。SD カードの交換待ち', 'reason: " "'), 'findings.decisions.yaml: silences[0].reason: say why, for whoever reads it later; fix the entry or remove it'],
    ['severities:\n  - rule: lease-churn\n    severity: urgent\n', expect.stringMatching(/^findings\.decisions\.yaml: severities\[0\]\.severity: .*critical.*; fix the entry or remove it$/)],
    ['silence: []\n', expect.stringMatching(/^findings\.decisions\.yaml: .*silence.*; fix the entry or remove it$/)],
    ['silences: [\n', expect.stringMatching(/^findings\.decisions\.yaml: not valid YAML \(/)],
    // The yaml package's message goes on with a picture of the line: only its first line is kept.
    ['silences: []\nsilences: []\n', 'findings.decisions.yaml: not valid YAML (Map keys must be unique at line 2, column 1:)'],
  ])('%j', (text, message) => {
    expect(() => parseDecisions(text, FILE)).toThrow(expect.objectContaining({ code: 'E_INPUT', message }));
  });

  it('reads an unquoted YAML date as the date it spells', () => {
    expect(parseDecisions(silence('2026-12-01').replace('"2026-12-01"', '2026-12-01'), FILE).silences[0]?.until).toBe('2026-12-01');
  });

  it('an empty file is no decisions', () => {
    expect(parseDecisions('', FILE)).toEqual({ silences: [], severities: [] });
  });
});
