import type { Node } from '../schema.ts';
import { finding, type Finding, type RuleInput } from './types.ts';

/** Node conditions that mean the kubelet is short of a resource and may evict pods. */
export const PRESSURE_CONDITIONS = ['MemoryPressure', 'DiskPressure', 'PIDPressure'] as const;

/** The pressure conditions that are True on `node`, by type. */
export function activePressures(node: Node): string[] {
  return node.conditions.filter((c) => (PRESSURE_CONDITIONS as readonly string[]).includes(c.type) && c.status === 'True').map((c) => c.type);
}

/** node-not-ready (critical: its pods are unreachable) and node-pressure (one finding per node). */
export function nodeFindings({ current }: RuleInput): Finding[] {
  const out: Finding[] = [];
  for (const node of current.nodes) {
    const subject = { kind: 'Node', name: node.name };
    if (!node.ready) {
      const ready = node.conditions.find((c) => c.type === 'Ready');
      const evidence: Finding['evidence'] = { status: ready?.status ?? 'Unknown' };
      if (ready?.reason) evidence.reason = ready.reason;
      if (ready?.since) evidence.since = ready.since;
      out.push(finding('node-not-ready', 'critical', subject, 'node-pressure', evidence));
    }
    const pressures = activePressures(node);
    if (pressures.length > 0) {
      out.push(finding('node-pressure', 'warning', subject, 'node-pressure', { conditions: pressures.sort().join(', ') }));
    }
  }
  return out;
}
