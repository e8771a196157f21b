/**
 * Findings as data for machines: JSON, Prometheus text exposition and a plain text list, plus the
 * severity gate a CI job or the CronJob uses. Pure; the CLI (src/cli/findings.ts) and the build's
 * endpoints (src/pages/findings.*.ts) bind it.
 */
import { describeFinding } from '../i18n/findings.ja.ts';
import { SEVERITIES, type Finding, type Severity } from '../snapshot/findings.ts';
import type { Snapshot } from '../snapshot/schema.ts';

/** The output formats of `npm run findings`. */
export const FINDING_FORMATS = ['text', 'json', 'prometheus'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

/** The findings at `threshold` or more severe (critical > warning > info). */
export function atOrAbove(list: readonly Finding[], threshold: Severity): Finding[] {
  const limit = SEVERITIES.indexOf(threshold);
  return list.filter((finding) => SEVERITIES.indexOf(finding.severity) <= limit);
}

/** The findings of `snapshot` as a JSON document (two-space indented, trailing newline). */
export function findingsJson(snapshot: Snapshot, list: readonly Finding[]): string {
  const document = {
    cluster: snapshot.cluster.name,
    namespace: snapshot.namespace,
    capturedAt: snapshot.capturedAt,
    findings: list.map((finding) => {
      const text = describeFinding(finding);
      return { id: finding.id, rule: finding.rule, severity: finding.severity, subject: finding.subject, topic: finding.topic, title: text.title, evidence: finding.evidence };
    }),
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
 * of the snapshot, for an alert on a stale snapshot.
 */
export function findingsPrometheus(snapshot: Snapshot, list: readonly Finding[]): string {
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
export function findingsText(snapshot: Snapshot, list: readonly Finding[]): string {
  const head = `${snapshot.cluster.name} ${snapshot.namespace} ${snapshot.capturedAt}: ${list.length} finding(s)`;
  const rows = list.map((f) => `${f.severity.padEnd(8)} ${f.rule} ${f.subject.kind}/${f.subject.name}: ${describeFinding(f).title}`);
  return `${[head, ...rows].join('\n')}\n`;
}

/** The findings in `format`. */
export function formatFindings(format: FindingFormat, snapshot: Snapshot, list: readonly Finding[]): string {
  if (format === 'json') return findingsJson(snapshot, list);
  if (format === 'prometheus') return findingsPrometheus(snapshot, list);
  return findingsText(snapshot, list);
}
