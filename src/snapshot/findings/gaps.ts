import { finding, type Finding, type RuleInput } from './types.ts';

/** snapshot-gap: what the snapshot could not read, so the reader knows which tables say 不明. */
export function gapFindings({ current }: RuleInput): Finding[] {
  return current.gaps.map((gap) => {
    const evidence: Finding['evidence'] = { reason: gap.reason, message: gap.message };
    if (gap.httpStatus !== undefined) evidence.httpStatus = gap.httpStatus;
    return finding('snapshot-gap', 'info', { kind: 'Gap', name: gap.resource }, 'gaps', evidence);
  });
}
