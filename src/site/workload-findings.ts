import type { Finding, FindingRule } from '../snapshot/findings.ts';
import type { Workload } from '../snapshot/schema.ts';

/** Rules about how often something restarted: their badge sits next to the restart count. */
export const RESTART_RULES: ReadonlySet<FindingRule> = new Set(['restarts-high', 'restarts-climbing', 'crashloop', 'oom-killed']);

/** The findings about a workload or one of its pods, split into restart findings and the rest. */
export function workloadFindings(list: readonly Finding[], workload: Workload): { restarts: Finding[]; status: Finding[] } {
  const names = new Set([workload.name, ...workload.pods]);
  const mine = list.filter((finding) => names.has(finding.subject.name) && finding.subject.kind !== 'Lease');
  return { restarts: mine.filter((f) => RESTART_RULES.has(f.rule)), status: mine.filter((f) => !RESTART_RULES.has(f.rule)) };
}
