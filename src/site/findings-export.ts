/**
 * Findings as data for machines: JSON, Prometheus text exposition and a plain text list, plus the
 * severity gate a CI job or the CronJob uses. Pure; the CLI (src/cli/findings.ts) and the build's
 * endpoints (src/pages/findings.*.ts) bind it.
 */
import { describeFinding } from '../i18n/findings.ja.ts';
import type { Decided } from '../snapshot/decisions.ts';
import { SEVERITIES, type Finding, type Severity } from '../snapshot/findings.ts';
import type { Snapshot } from '../snapshot/schema.ts';
import { findingsJunit } from './findings-junit.ts';

/** The output formats of `npm run findings`. */
export const FINDING_FORMATS = ['text', 'json', 'junit', 'prometheus'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

/** The findings at `threshold` or more severe (critical > warning > info). */
export function atOrAbove(list: readonly Finding[], threshold: Severity): Finding[] {
  const limit = SEVERITIES.indexOf(threshold);
  return list.filter((finding) => SEVERITIES.indexOf(finding.severity) <= limit);
}

const findingData = (finding: Finding) => ({
  id: finding.id,
  rule: finding.rule,
  severity: finding.severity,
  subject: finding.subject,
  topic: finding.topic,
  title: describeFinding(finding).title,
  evidence: finding.evidence,
});

/** The findings of `snapshot` as a JSON document (two-space indented, trailing newline); silenced ones apart. */
export function findingsJson(snapshot: Snapshot, decided: Decided): string {
  const document = {
    cluster: snapshot.cluster.name,
    namespace: snapshot.namespace,
    capturedAt: snapshot.capturedAt,
    findings: decided.active.map((finding) => ({
      ...findingData(finding),
      ...(finding.expiredSilence ? { expiredSilence: finding.expiredSilence } : {}),
    })),
    silenced: decided.silenced.map(({ finding, silence }) => ({ ...findingData(finding), silence })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A label value in the text exposition format: backslash, double quote and line feed escaped. */
function labelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

const labels = (pairs: Record<string, string>) =>
  `{${Object.entries(pairs)
    .map(([name, value]) => `${name}="${labelValue(value)}"`)
    .join(',')}}`;

/**
 * The findings in Prometheus' text exposition format: one `kube_runbook_finding` series per finding
 * (value 1), a count per severity (0 included, so an alert on "> 0" resolves), and the capture time
 * of the snapshot, for an alert on a stale snapshot. Silenced findings are left out.
 */
export function findingsPrometheus(snapshot: Snapshot, decided: Decided): string {
  const list = decided.active;
  const cluster = snapshot.cluster.name;
  const lines = [
    '# HELP kube_runbook_finding A finding of the newest snapshot; 1 while it holds.',
    '# TYPE kube_runbook_finding gauge',
    ...list.map(
      (f) =>
        `kube_runbook_finding${labels({ cluster, namespace: snapshot.namespace, rule: f.rule, severity: f.severity, kind: f.subject.kind, subject: f.subject.name, topic: f.topic })} 1`,
    ),
    '# HELP kube_runbook_findings Number of findings of the newest snapshot, by severity.',
    '# TYPE kube_runbook_findings gauge',
    ...SEVERITIES.map((severity) => `kube_runbook_findings${labels({ cluster, severity })} ${list.filter((f) => f.severity === severity).length}`),
    '# HELP kube_runbook_snapshot_captured_timestamp_seconds When the newest snapshot was captured (Unix time).',
    '# TYPE kube_runbook_snapshot_captured_timestamp_seconds gauge',
    `kube_runbook_snapshot_captured_timestamp_seconds${labels({ cluster })} ${Date.parse(snapshot.capturedAt) / 1000}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** One line per finding, most severe first, for a terminal or a CI log. */
export function findingsText(snapshot: Snapshot, decided: Decided): string {
  const line = (f: Finding) => `${f.severity.padEnd(8)} ${f.rule} ${f.subject.kind}/${f.subject.name}: ${describeFinding(f).title}`;
  const head = `${snapshot.cluster.name} ${snapshot.namespace} ${snapshot.capturedAt}: ${decided.active.length} finding(s)`;
  const rows = decided.active.map((f) => (f.expiredSilence ? `${line(f)} (silence expired ${f.expiredSilence.until}: ${f.expiredSilence.reason})` : line(f)));
  const silenced = decided.silenced.map(({ finding, silence }) => `silenced ${line(finding)} (until ${silence.until}: ${silence.reason})`);
  return `${[head, ...rows, ...silenced].join('\n')}\n`;
}

/** The findings in `format`; `failOn` (the CLI's gate) decides which are JUnit failures. */
export function formatFindings(format: FindingFormat, snapshot: Snapshot, decided: Decided, failOn?: Severity): string {
  if (format === 'json') return findingsJson(snapshot, decided);
  if (format === 'junit') return findingsJunit(snapshot, decided, failOn);
  if (format === 'prometheus') return findingsPrometheus(snapshot, decided);
  return findingsText(snapshot, decided);
}
