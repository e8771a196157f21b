/**
 * Rules over a snapshot and its predecessor -> findings with severity, evidence and the
 * troubleshooting section that handles them. Pure and browser-safe: only types come from schema.ts.
 */
import { historyKey } from './history.ts';
import type { Snapshot } from './schema.ts';
import { RULES, type Finding } from './findings/rules.ts';
import { SEVERITIES, type RuleInput, type Severity } from './findings/rule.ts';
import { byNameThenKind, compare } from './normalize/fields.ts';

export { CERTIFICATE_CRITICAL_DAYS, CERTIFICATE_WARNING_DAYS } from './certificate-expiry.ts';
export { LEASE_TRANSITIONS_HIGH } from './findings/leases.ts';
export { PRESSURE_CONDITIONS, activePressures } from './findings/nodes.ts';
export { RESTARTS_CRITICAL, RESTARTS_WARNING, isCrashLooping, isPodNotReady, notReadyCount } from './findings/pods.ts';
export { SEALED_SECRETS_KEY_LABEL } from './findings/sealed-secrets.ts';
export { FINDING_RULES, RULES, TROUBLESHOOTING_TOPICS, ruleOf } from './findings/rules.ts';
export { SEVERITIES } from './findings/rule.ts';
export type { Finding, FindingRule, TroubleshootingTopic } from './findings/rules.ts';
export type { Severity } from './findings/rule.ts';

/** Orders findings most severe first, then by subject name and kind, then rule. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    byNameThenKind(a.subject, b.subject) ||
    compare(a.rule, b.rule)
  );
}

/**
 * What looks wrong in `current`; `previous` (the snapshot before it, same cluster, or null) lets the
 * rules that need history (restarts climbing, lease churn, a new sealed-secrets key) fire.
 */
export function findings(current: Snapshot, previous: Snapshot | null): Finding[] {
  // Another cluster's snapshot says nothing about this one's history.
  const input: RuleInput = { current, previous: previous && historyKey(previous) === historyKey(current) ? previous : null };
  const found = RULES.flatMap((rule) =>
    (rule.find(input) as { subject: Finding['subject']; severity: Severity; evidence: unknown; topic?: string }[]).map((hit) => ({
      id: `${rule.id}:${hit.subject.kind}/${hit.subject.name}`,
      rule: rule.id,
      severity: hit.severity,
      subject: hit.subject,
      evidence: hit.evidence,
      topic: hit.topic ?? rule.topics[0],
    })),
  ) as Finding[];
  return found.sort(compareFindings);
}

/** How many findings of each severity. */
export function countBySeverity(list: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const f of list) counts[f.severity] += 1;
  return counts;
}
