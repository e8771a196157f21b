/**
 * Findings as a JUnit XML report for CI test tabs (GitLab, Jenkins, GitHub test reporters): one
 * testsuite per rule, one testcase per subject it flagged, a failure for each finding at or above the
 * gate. Pure; src/site/findings-export.ts binds it to `npm run findings -- --format junit`.
 */
import { describeFinding } from '../i18n/findings.ja.ts';
import type { Decided } from '../snapshot/decisions.ts';
import { RULES, SEVERITIES, type Finding, type Severity } from '../snapshot/findings.ts';
import type { Snapshot } from '../snapshot/schema.ts';

/**
 * Text as XML 1.0 character data or an attribute value. Characters XML 1.0 cannot carry at all, even
 * escaped (C0 controls but tab and line feed, U+FFFE/U+FFFF, lone surrogates), become U+FFFD: cluster
 * text such as an event message may hold them, and one would make the whole report unreadable.
 */
export function xmlText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value: as text, plus tab and line feed as references, which a parser would otherwise turn into spaces. */
const attributeText = (value: string) => xmlText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

const attributes = (pairs: Record<string, string | number>) =>
  Object.entries(pairs)
    .map(([name, value]) => ` ${name}="${attributeText(String(value))}"`)
    .join('');

const fails = (severity: Severity, failOn: Severity | undefined) => failOn !== undefined && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);

type Case = { name: string; body: string; failed: boolean; skipped: boolean };

function findingCase(finding: Finding & { expiredSilence?: { until: string; reason: string } }, failOn: Severity | undefined): Case {
  const text = describeFinding(finding);
  const note = finding.expiredSilence ? `\nsilence expired ${finding.expiredSilence.until}: ${finding.expiredSilence.reason}` : '';
  const detail = `${finding.severity}: ${text.title}\n${text.evidence}${note}\nsection: /troubleshooting/#${finding.topic}`;
  const failed = fails(finding.severity, failOn);
  const body = failed
    ? `<failure${attributes({ message: `${finding.severity}: ${text.title}`, type: finding.severity })}>${xmlText(detail)}</failure>`
    : `<system-out>${xmlText(detail)}</system-out>`;
  return { name: `${finding.subject.kind}/${finding.subject.name}`, body, failed, skipped: false };
}

function silencedCase({ finding, silence }: Decided['silenced'][number]): Case {
  const message = `silenced until ${silence.until}: ${silence.reason}`;
  return { name: `${finding.subject.kind}/${finding.subject.name}`, body: `<skipped${attributes({ message })}/>`, failed: false, skipped: true };
}

/**
 * The findings of `snapshot` as JUnit XML. Every rule is a testsuite, so a CI history shows a rule
 * passing before it fails; a rule with no finding has one passing testcase, `(no finding)`. A finding
 * at or above `failOn` is a failure (type = severity); below it, or with no gate, a passing testcase
 * with the finding in system-out, as the exit code of `npm run findings` agrees. Silenced findings
 * are skipped testcases carrying the silence's reason and end date.
 */
export function findingsJunit(snapshot: Snapshot, decided: Decided, failOn?: Severity): string {
  const suites = RULES.map((rule) => {
    const cases: Case[] = [
      ...decided.active.filter((f) => f.rule === rule.id).map((f) => findingCase(f, failOn)),
      ...decided.silenced.filter((s) => s.finding.rule === rule.id).map(silencedCase),
    ];
    if (cases.length === 0) cases.push({ name: '(no finding)', body: '', failed: false, skipped: false });
    return { rule, cases };
  });
  const count = (test: (c: Case) => boolean) => suites.reduce((sum, suite) => sum + suite.cases.filter(test).length, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: `kube-runbook findings ${snapshot.cluster.name}/${snapshot.namespace}`, tests: count(() => true), failures: count((c) => c.failed), errors: 0, skipped: count((c) => c.skipped), timestamp: snapshot.capturedAt })}>`,
    ...suites.flatMap(({ rule, cases }) => [
      `  <testsuite${attributes({ name: rule.id, tests: cases.length, failures: cases.filter((c) => c.failed).length, errors: 0, skipped: cases.filter((c) => c.skipped).length, timestamp: snapshot.capturedAt })}>`,
      ...cases.map((c) => {
        const open = `    <testcase${attributes({ classname: `kube-runbook.${rule.id}`, name: c.name })}`;
        return c.body === '' ? `${open}/>` : `${open}>${c.body}</testcase>`;
      }),
      '  </testsuite>',
    ]),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}
