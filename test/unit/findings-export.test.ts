import { describe, expect, it } from 'vitest';
import { applyDecisions, NO_DECISIONS, type Decisions } from '../../src/snapshot/decisions.ts';
import { findings } from '../../src/snapshot/findings.ts';
import { atOrAbove, findingsJson, findingsPrometheus, findingsText, formatFindings } from '../../src/site/findings-export.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

const NOW = new Date('2026-11-25T09:30:00Z');
const RESTARTS = 'Pod/kube-controller-manager-rpi-master-1';
const LEASE = 'Lease/kube-controller-manager';

/** The seed's findings (restarts-high critical, lease-churn warning) after `decisions`. */
const decided = (decisions: Decisions = NO_DECISIONS) => applyDecisions(findings(seedSnapshot(), null), decisions, NOW);
/** The lease finding silenced until after NOW, the restarts finding's silence ended before it. */
const mixed = () =>
  decided({
    silences: [
      { rule: 'restarts-high', subject: RESTARTS, until: '2026-11-20', reason: 'new disk' },
      { rule: 'lease-churn', subject: LEASE, until: '2026-12-01', reason: 'tracked upstream' },
    ],
    severities: [],
  });

const restartsData = {
  id: `restarts-high:${RESTARTS}`,
  rule: 'restarts-high',
  severity: 'critical',
  subject: { kind: 'Pod', name: 'kube-controller-manager-rpi-master-1' },
  topic: 'restarts',
  title: 'kube-controller-manager-rpi-master-1 の再起動回数が多い',
  evidence: { restarts: 392, workload: 'StaticPod kube-controller-manager-rpi-master-1', node: 'rpi-master-1', container: 'kube-controller-manager' },
};
const leaseData = {
  id: `lease-churn:${LEASE}`,
  rule: 'lease-churn',
  severity: 'warning',
  subject: { kind: 'Lease', name: 'kube-controller-manager' },
  topic: 'lease-churn',
  title: 'リース kube-controller-manager のリーダー交代が多い',
  evidence: { transitions: 388, holder: 'rpi-master-1_0f3c' },
};

describe('findingsPrometheus', () => {
  it('is the whole exposition: a series per finding, a count per severity (0 included), the capture time in seconds', () => {
    expect(findingsPrometheus(seedSnapshot(), decided()).split('\n')).toEqual([
      '# HELP kube_runbook_finding A finding of the newest snapshot; 1 while it holds.',
      '# TYPE kube_runbook_finding gauge',
      'kube_runbook_finding{cluster="rpi-cluster",namespace="kube-system",rule="restarts-high",severity="critical",kind="Pod",subject="kube-controller-manager-rpi-master-1",topic="restarts"} 1',
      'kube_runbook_finding{cluster="rpi-cluster",namespace="kube-system",rule="lease-churn",severity="warning",kind="Lease",subject="kube-controller-manager",topic="lease-churn"} 1',
      '# HELP kube_runbook_findings Number of findings of the newest snapshot, by severity.',
      '# TYPE kube_runbook_findings gauge',
      'kube_runbook_findings{cluster="rpi-cluster",severity="critical"} 1',
      'kube_runbook_findings{cluster="rpi-cluster",severity="warning"} 1',
      'kube_runbook_findings{cluster="rpi-cluster",severity="info"} 0',
      '# HELP kube_runbook_snapshot_captured_timestamp_seconds When the newest snapshot was captured (Unix time).',
      '# TYPE kube_runbook_snapshot_captured_timestamp_seconds gauge',
      // 2026-11-24T09:30:00Z (`date -u -d @1795512600`).
      'kube_runbook_snapshot_captured_timestamp_seconds{cluster="rpi-cluster"} 1795512600',
      '',
    ]);
  });

  it('leaves silenced findings out of the series and the counts; an expired silence counts again', () => {
    const lines = findingsPrometheus(seedSnapshot(), mixed()).split('\n');
    expect(lines.filter((line) => line.startsWith('kube_runbook_finding'))).toEqual([
      'kube_runbook_finding{cluster="rpi-cluster",namespace="kube-system",rule="restarts-high",severity="critical",kind="Pod",subject="kube-controller-manager-rpi-master-1",topic="restarts"} 1',
      'kube_runbook_findings{cluster="rpi-cluster",severity="critical"} 1',
      'kube_runbook_findings{cluster="rpi-cluster",severity="warning"} 0',
      'kube_runbook_findings{cluster="rpi-cluster",severity="info"} 0',
    ]);
  });
});

describe('findingsJson', () => {
  it('is the whole document: active findings with a note of an expired silence, silenced ones with their silence', () => {
    expect(JSON.parse(findingsJson(seedSnapshot(), mixed()))).toEqual({
      cluster: 'rpi-cluster',
      namespace: 'kube-system',
      capturedAt: '2026-11-24T09:30:00Z',
      findings: [{ ...restartsData, expiredSilence: { rule: 'restarts-high', subject: RESTARTS, until: '2026-11-20', reason: 'new disk' } }],
      silenced: [{ ...leaseData, silence: { rule: 'lease-churn', subject: LEASE, until: '2026-12-01', reason: 'tracked upstream' } }],
    });
  });

  it('has no expiredSilence key on a finding that was never silenced, and is indented two spaces with a trailing newline', () => {
    const text = findingsJson(seedSnapshot(), decided());
    expect(JSON.parse(text)).toEqual({ cluster: 'rpi-cluster', namespace: 'kube-system', capturedAt: '2026-11-24T09:30:00Z', findings: [restartsData, leaseData], silenced: [] });
    expect(text.startsWith('{\n  "cluster": "rpi-cluster",\n')).toBe(true);
    expect(text.endsWith('\n}\n')).toBe(true);
  });
});

describe('findingsText', () => {
  it('notes an expired silence on its finding and lists silenced findings last', () => {
    expect(findingsText(seedSnapshot(), mixed()).split('\n')).toEqual([
      'rpi-cluster kube-system 2026-11-24T09:30:00Z: 1 finding(s)',
      'critical restarts-high Pod/kube-controller-manager-rpi-master-1: kube-controller-manager-rpi-master-1 の再起動回数が多い (silence expired 2026-11-20: new disk)',
      'silenced warning  lease-churn Lease/kube-controller-manager: リース kube-controller-manager のリーダー交代が多い (until 2026-12-01: tracked upstream)',
      '',
    ]);
  });
});

describe('formatFindings', () => {
  it.each([
    ['json', findingsJson],
    ['prometheus', findingsPrometheus],
    ['text', findingsText],
  ] as const)('%s is that format', (format, render) => {
    expect(formatFindings(format, seedSnapshot(), mixed())).toBe(render(seedSnapshot(), mixed()));
  });

  it('junit is an XML report whose gate is failOn', () => {
    expect(formatFindings('junit', seedSnapshot(), decided(), 'critical')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites [^>]*failures="1"/);
    expect(formatFindings('junit', seedSnapshot(), decided(), 'warning')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites [^>]*failures="2"/);
  });
});

describe('atOrAbove', () => {
  it.each([
    ['critical', ['restarts-high']],
    ['warning', ['restarts-high', 'lease-churn']],
    ['info', ['restarts-high', 'lease-churn']],
  ] as const)('at %s keeps %j', (threshold, rules) => {
    expect(atOrAbove(decided().active, threshold).map((f) => f.rule)).toEqual(rules);
  });
});
