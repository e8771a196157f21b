import { apiHealthCheckFailing } from './api-health.ts';
import { certificateExpiring, kubeletServingSelfSigned } from './certificates.ts';
import { snapshotGap } from './gaps.ts';
import { leaseChurn } from './leases.ts';
import { nodeNotReady, nodePressure } from './nodes.ts';
import { crashloop, notReady, oomKilled, restartsClimbing, restartsHigh } from './pods.ts';
import type { EvidenceOf, EvidenceSchema, RuleDefinition, Severity, Subject } from './rule.ts';
import { sealedSecretNotSynced, sealedSecretsKeyNew } from './sealed-secrets.ts';
import { serviceNoEndpoints } from './services.ts';
import { replicasShort } from './workloads.ts';

/** Every rule `findings()` applies, in the order the rules are documented. The one list of rules. */
export const RULES = [
  restartsHigh,
  restartsClimbing,
  crashloop,
  notReady,
  oomKilled,
  replicasShort,
  serviceNoEndpoints,
  nodeNotReady,
  nodePressure,
  leaseChurn,
  sealedSecretsKeyNew,
  sealedSecretNotSynced,
  certificateExpiring,
  kubeletServingSelfSigned,
  apiHealthCheckFailing,
  snapshotGap,
] as const;

type AnyRule = (typeof RULES)[number];

/** The name of a rule. */
export type FindingRule = AnyRule['id'];

/** A section (and anchor) of the troubleshooting page: `/troubleshooting/#<topic>`. */
export type TroubleshootingTopic = AnyRule['topics'][number];

/** Every rule's id, in RULES order. */
export const FINDING_RULES: readonly FindingRule[] = RULES.map((rule) => rule.id);

/** Every section a finding can link to; the site checks each has one (test/unit/troubleshooting-topics.test.ts). */
export const TROUBLESHOOTING_TOPICS: readonly TroubleshootingTopic[] = [...new Set(RULES.flatMap((rule) => rule.topics))];

type FindingOf<R> = R extends RuleDefinition<infer Id, infer Evidence extends EvidenceSchema, infer Topic>
  ? {
      /** Stable across snapshots: `<rule>:<kind>/<name>`, so a comparison can tell appeared from resolved. */
      id: string;
      rule: Id;
      severity: Severity;
      subject: Subject;
      /** The figures behind it, as the rule's evidence schema says; never secret values. */
      evidence: EvidenceOf<Evidence>;
      /** The troubleshooting section that handles it. */
      topic: Topic;
    }
  : never;

/** Something that looks wrong in a snapshot, with the numbers that show it: one rule's finding. */
export type Finding = FindingOf<AnyRule>;

/** The rule of a finding, typed loosely enough to call its text with any finding. */
export function ruleOf(id: FindingRule): RuleDefinition<FindingRule, EvidenceSchema, TroubleshootingTopic> {
  return RULES.find((rule) => rule.id === id) as unknown as RuleDefinition<FindingRule, EvidenceSchema, TroubleshootingTopic>;
}
