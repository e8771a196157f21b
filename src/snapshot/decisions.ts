/**
 * Decisions about findings, kept in the project (`findings.decisions.yaml`): silence a finding for one
 * subject until a date, with a reason, or change a rule's severity. Pure: the caller reads the file.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { RunbookError } from './errors.ts';
import { FINDING_RULES, SEVERITIES, type Finding, type FindingRule, type Severity } from './findings.ts';
import { describeIssue } from './parse.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 2026-02-30 matches DATE, but Date rolls it over to March: only a date that survives the round trip is one. */
const isCalendarDate = (date: string) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

const RuleId = z.string().refine((id): id is FindingRule => (FINDING_RULES as readonly string[]).includes(id), {
  message: `expected one of ${FINDING_RULES.join(', ')}`,
});

export const DecisionsSchema = z
  .object({
    /** Findings not to report until `until` (a date, UTC, the end of that day): rule + `Kind/name`. */
    silences: z
      .array(
        z
          .object({
            rule: RuleId,
            /** `Kind/name`, as `npm run findings` prints it: `Pod/kube-controller-manager-rpi-master-1`. */
            subject: z.string().regex(/^[A-Za-z]+\/.+$/, 'expected Kind/name, e.g. Pod/coredns-abc'),
            until: z
              .string()
              .regex(DATE, 'expected a date YYYY-MM-DD')
              .refine((date) => !DATE.test(date) || isCalendarDate(date), 'not a calendar date'),
            reason: z.string().trim().min(1, 'say why, for whoever reads it later'),
          })
          .strict(),
      )
      .default([]),
    /** A rule's findings reported at another severity. */
    severities: z.array(z.object({ rule: RuleId, severity: z.enum(SEVERITIES) }).strict()).default([]),
  })
  .strict();

export type Decisions = z.infer<typeof DecisionsSchema>;
export type Silence = Decisions['silences'][number];

/** No decisions: what a project without the file gets. */
export const NO_DECISIONS: Decisions = { silences: [], severities: [] };

/** Parses the decisions file's text; a bad entry is one RunbookError naming the file and the field. */
export function parseDecisions(text: string, label: string): Decisions {
  let value: unknown;
  try {
    value = parseYaml(text) ?? {};
  } catch (error) {
    throw new RunbookError('E_INPUT', `${label}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const result = DecisionsSchema.safeParse(value);
  if (!result.success) throw new RunbookError('E_INPUT', `${label}: ${describeIssue(result.error.issues)}; fix the entry or remove it`);
  return result.data;
}

/** The findings after the decisions: reported ones (severity changed, expired silences noted) and silenced ones with their silence. */
export type Decided = {
  active: (Finding & { expiredSilence?: Silence })[];
  silenced: { finding: Finding; silence: Silence }[];
};

const subjectOf = (finding: Finding) => `${finding.subject.kind}/${finding.subject.name}`;

/** Applies `decisions` at `now`: a silence holds through the end of its `until` day (UTC). */
export function applyDecisions(list: readonly Finding[], decisions: Decisions, now: Date): Decided {
  const severity = new Map<string, Severity>(decisions.severities.map((entry) => [entry.rule, entry.severity]));
  const decided: Decided = { active: [], silenced: [] };
  for (const original of list) {
    const finding = { ...original, severity: severity.get(original.rule) ?? original.severity } as Finding;
    const silence = decisions.silences.find((s) => s.rule === finding.rule && s.subject === subjectOf(finding));
    if (silence && now.getTime() < Date.parse(`${silence.until}T00:00:00Z`) + 86_400_000) decided.silenced.push({ finding, silence });
    else decided.active.push(silence ? { ...finding, expiredSilence: silence } : finding);
  }
  decided.active.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return decided;
}
