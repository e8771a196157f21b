/** Japanese text for findings: each rule's own text (its definition), with the site's formatting. */
import { RULES, ruleOf, type Finding, type FindingRule, type Severity } from '../snapshot/findings.ts';
import type { FindingText, TextTools } from '../snapshot/findings/rule.ts';
import { CERTIFICATE_SOURCES, daysLeftText } from './certificates.ja.ts';
import { gapReason } from './gaps.ja.ts';
import { formatJst } from './time.ja.ts';

/** Severity names as the site shows them. */
export const SEVERITY_LABELS: Record<Severity, string> = { critical: '重大', warning: '警告', info: '情報' };

/** A short name for each rule (filters, counts), from the rules' definitions. */
export const RULE_LABELS = Object.fromEntries(RULES.map((rule) => [rule.id, rule.label])) as Record<FindingRule, string>;

/** `24 時間で` / `7 日で`: the time a change took. */
export function spanText(hours: number): string {
  return hours < 48 ? `${hours} 時間で` : `${Math.round((hours / 24) * 10) / 10} 日で`;
}

/** `+12` / `-3` / `±0`. */
export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `${delta}` : '±0';
}

const TOOLS: TextTools = {
  time: formatJst,
  span: spanText,
  signed,
  gapReason,
  certificateSource: (source) => CERTIFICATE_SOURCES[source as keyof typeof CERTIFICATE_SOURCES] ?? source,
  daysLeft: daysLeftText,
};

/** A finding in natural Japanese: `{ title: 'x の再起動回数が多い', evidence: '再起動 392 回(前回 380 回から +12、24 時間で)' }`. */
export function describeFinding(f: Finding): FindingText {
  return ruleOf(f.rule).text(f as Parameters<ReturnType<typeof ruleOf>['text']>[0], TOOLS);
}
