import type { Gap } from '../schema.ts';
import { defineRule } from './rule.ts';

/** snapshot-gap: what the snapshot could not read, so the reader knows which tables say 不明. */
export const snapshotGap = defineRule({
  id: 'snapshot-gap',
  label: '読み取れなかったリソース',
  topics: ['gaps'],
  evidence: { reason: 'string', message: 'string', httpStatus: 'number?' },
  find: ({ current }) =>
    current.gaps.map((gap) => ({
      subject: { kind: 'Gap', name: gap.resource },
      severity: 'info' as const,
      evidence: { reason: gap.reason, message: gap.message, ...(gap.httpStatus !== undefined ? { httpStatus: gap.httpStatus } : {}) },
    })),
  text: ({ subject, evidence: e }, tools) => ({
    title: `${subject.name} を読み取れなかった`,
    evidence: `理由: ${tools.gapReason({ reason: e.reason as Gap['reason'], httpStatus: e.httpStatus })}。「${e.message}」`,
  }),
});
