import type { Gap } from '../schema.ts';
import { defineRule } from './rule.ts';

/**
 * snapshot-gap: what the snapshot could not read, as one finding for the whole snapshot (a dump
 * without events, leases, secrets… would otherwise put a card per resource above the pod table).
 */
export const snapshotGap = defineRule({
  id: 'snapshot-gap',
  label: '読み取れなかったリソース',
  topics: ['gaps'],
  evidence: { count: 'number', resources: 'string' },
  find: ({ current }) =>
    current.gaps.length === 0
      ? []
      : [
          {
            subject: { kind: 'Snapshot', name: 'gaps' },
            severity: 'info' as const,
            // `resource<TAB>reason<TAB>httpStatus` per line: plain strings, as evidence must be.
            evidence: { count: current.gaps.length, resources: current.gaps.map((gap) => [gap.resource, gap.reason, gap.httpStatus ?? ''].join('\t')).join('\n') },
          },
        ],
  text: ({ evidence: e }, tools) => ({
    title: `${e.count} 種類のリソースを読み取れなかった(その表は「不明」と表示)`,
    evidence: e.resources
      .split('\n')
      .map((line) => {
        const [resource, reason, status] = line.split('\t');
        return `${resource}(${tools.gapReason({ reason: reason as Gap['reason'], httpStatus: status ? Number(status) : undefined })})`;
      })
      .join('、'),
  }),
});
