import type { Snapshot } from '../schema.ts';

/**
 * Sections of the site's troubleshooting page: each value is also the anchor id
 * (`/troubleshooting/#<topic>`) a finding links to. The site checks every one has a section.
 */
export const TROUBLESHOOTING_TOPICS = [
  'restarts',
  'crashloop',
  'not-ready',
  'oom',
  'replicas',
  'node-pressure',
  'lease-churn',
  'sealed-secrets-key',
  'sealed-secrets-decrypt',
  'certificates',
  'dns',
  'kube-proxy',
  'gaps',
] as const;

/** A section (and anchor) of the troubleshooting page. */
export type TroubleshootingTopic = (typeof TROUBLESHOOTING_TOPICS)[number];

/** Every rule `findings()` applies, in the order the rules are documented. */
export const FINDING_RULES = [
  'restarts-high',
  'restarts-climbing',
  'crashloop',
  'not-ready',
  'oom-killed',
  'replicas-short',
  'node-not-ready',
  'node-pressure',
  'lease-churn',
  'sealed-secrets-key-new',
  'sealed-secret-not-synced',
  'certificate-expiring',
  'snapshot-gap',
] as const;

/** The name of a rule. */
export type FindingRule = (typeof FINDING_RULES)[number];

/** Severities, most urgent first. */
export const SEVERITIES = ['critical', 'warning', 'info'] as const;

/** How urgent a finding is. */
export type Severity = (typeof SEVERITIES)[number];

/** Something that looks wrong in a snapshot, with the numbers that show it. */
export type Finding = {
  /** Stable across snapshots: `<rule>:<kind>/<name>`, so a comparison can tell appeared from resolved. */
  id: string;
  rule: FindingRule;
  severity: Severity;
  /** What it is about: `{ kind: 'Pod', name: 'etcd-rpi-master-1' }`, a workload, Node, Lease, Secret... */
  subject: { kind: string; name: string };
  /** The figures behind it (restarts, from/to/delta, hours...), keyed per rule; never secret values. */
  evidence: Record<string, string | number>;
  /** The troubleshooting section that handles it. */
  topic: TroubleshootingTopic;
};

/** What every rule receives: the snapshot, its predecessor in the same cluster (or null). */
export type RuleInput = { current: Snapshot; previous: Snapshot | null };

/** Builds a finding with its stable id. */
export function finding(rule: FindingRule, severity: Severity, subject: Finding['subject'], topic: TroubleshootingTopic, evidence: Finding['evidence']): Finding {
  return { id: `${rule}:${subject.kind}/${subject.name}`, rule, severity, subject, evidence, topic };
}
