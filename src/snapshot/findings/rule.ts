import type { Gap, Snapshot } from '../schema.ts';

/** Severities, most urgent first. */
export const SEVERITIES = ['critical', 'warning', 'info'] as const;

/** How urgent a finding is. */
export type Severity = (typeof SEVERITIES)[number];

/** What a finding is about: `{ kind: 'Pod', name: 'etcd-rpi-master-1' }`, a workload, Node, Lease, Secret... */
export type Subject = { kind: string; name: string };

/** What every rule receives: the snapshot, its predecessor in the same cluster (or null). */
export type RuleInput = { current: Snapshot; previous: Snapshot | null };

/** One thing a rule flags; `topic` defaults to the rule's first topic. */
export type Hit<Evidence, Topic extends string> = { subject: Subject; severity: Severity; evidence: Evidence; topic?: Topic };

/** The formatting a rule's text borrows from the site's i18n, so the core imports nothing from it. */
export type TextTools = {
  /** An instant as the site shows it (`2026/11/24 18:30 JST`). */
  time: (iso: string) => string;
  /** The time a change took (`24 時間で`). */
  span: (hours: number) => string;
  /** A change with its sign (`+12`, `-3`, `±0`). */
  signed: (delta: number) => string;
  /** A gap's reason in words, with its HTTP status. */
  gapReason: (gap: Pick<Gap, 'reason' | 'httpStatus'>) => string;
  /** Where a certificate's facts come from, in words (`kubeadm` -> what it secures). */
  certificateSource: (source: string) => string;
  /** A certificate's days left in words (`残り 12 日`, `期限切れ(3 日前)`). */
  daysLeft: (days: number) => string;
};

/**
 * The schema of a rule's evidence: field -> type, `?` for an optional field. Plain data, not a zod
 * schema, because findings also run in the browser (the comparison page) where no package is loaded.
 */
export type EvidenceSchema = Readonly<Record<string, 'string' | 'number' | 'string?' | 'number?'>>;

type FieldValue<T> = T extends 'string' | 'string?' ? string : number;
/** The evidence a schema describes, as a type. */
export type EvidenceOf<S extends EvidenceSchema> = { -readonly [K in keyof S as S[K] extends `${string}?` ? never : K]: FieldValue<S[K]> } & {
  -readonly [K in keyof S as S[K] extends `${string}?` ? K : never]?: FieldValue<S[K]>;
};

/** The problems of `evidence` against its schema (missing, mistyped or unknown fields); empty when it fits. */
export function evidenceProblems(schema: EvidenceSchema, evidence: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [field, type] of Object.entries(schema)) {
    const value = evidence[field];
    if (value === undefined) {
      if (!type.endsWith('?')) problems.push(`${field}: missing`);
    } else if (typeof value !== type.replace('?', '')) {
      problems.push(`${field}: expected ${type.replace('?', '')}, received ${typeof value}`);
    }
  }
  for (const field of Object.keys(evidence)) if (!Object.hasOwn(schema, field)) problems.push(`${field}: not in the schema`);
  return problems;
}

/** A finding's text on the site: a title and one line of evidence with the numbers. */
export type FindingText = { title: string; evidence: string };

/**
 * One finding rule, whole: its id, the troubleshooting sections it links to (the first is the
 * default), the schema of its evidence, the function that finds it and its Japanese text.
 * Adding a rule is this definition, one line in `rules.ts`, and a section for a new topic.
 */
export type RuleDefinition<Id extends string, Evidence extends EvidenceSchema, Topic extends string> = {
  id: Id;
  /** A short Japanese name (filters, counts). */
  label: string;
  /** Sections of the troubleshooting page (`/troubleshooting/#<topic>`) its findings link to. */
  topics: readonly [Topic, ...Topic[]];
  evidence: Evidence;
  find: (input: RuleInput) => Hit<EvidenceOf<Evidence>, Topic>[];
  text: (finding: { subject: Subject; severity: Severity; evidence: EvidenceOf<Evidence> }, tools: TextTools) => FindingText;
};

/** Declares a rule with its types inferred from its evidence schema and topics. */
export function defineRule<const Id extends string, const Evidence extends EvidenceSchema, const Topic extends string>(
  rule: RuleDefinition<Id, Evidence, Topic>,
): RuleDefinition<Id, Evidence, Topic> {
  return rule;
}
