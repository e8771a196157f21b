import type { Node } from '../schema.ts';
import { defineRule } from './rule.ts';

/** Node conditions that mean the kubelet is short of a resource and may evict pods. */
export const PRESSURE_CONDITIONS = ['MemoryPressure', 'DiskPressure', 'PIDPressure'] as const;

const PRESSURE_LABELS: Record<string, string> = { MemoryPressure: 'メモリ不足', DiskPressure: 'ディスク不足', PIDPressure: 'プロセス数不足' };

/** The pressure conditions that are True on `node`, by type. */
export function activePressures(node: Node): string[] {
  return node.conditions.filter((c) => (PRESSURE_CONDITIONS as readonly string[]).includes(c.type) && c.status === 'True').map((c) => c.type);
}

/** node-not-ready: a node whose Ready condition is not True (critical: its pods are unreachable). */
export const nodeNotReady = defineRule({
  id: 'node-not-ready',
  label: '準備完了でないノード',
  topics: ['node-not-ready'],
  evidence: { status: 'string', reason: 'string?', since: 'string?' },
  find: ({ current }) =>
    current.nodes.filter((node) => !node.ready).map((node) => {
      const ready = node.conditions.find((c) => c.type === 'Ready');
      const evidence = { status: ready?.status ?? 'Unknown', ...(ready?.reason ? { reason: ready.reason } : {}), ...(ready?.since ? { since: ready.since } : {}) };
      return { subject: { kind: 'Node', name: node.name }, severity: 'critical' as const, evidence };
    }),
  text: ({ subject, evidence: e }, tools) => ({
    title: `ノード ${subject.name} が準備完了でない`,
    evidence: `Ready 状態が ${e.status}${e.reason ? `(理由 ${e.reason})` : ''}${e.since ? `、${tools.time(e.since)} から` : ''}`,
  }),
});

/** node-pressure: memory, disk or PID pressure on a node (one finding per node). */
export const nodePressure = defineRule({
  id: 'node-pressure',
  label: 'ノードのリソース逼迫',
  topics: ['node-pressure'],
  evidence: { conditions: 'string' },
  find: ({ current }) =>
    current.nodes.flatMap((node) => {
      const pressures = activePressures(node);
      return pressures.length > 0 ? [{ subject: { kind: 'Node', name: node.name }, severity: 'warning' as const, evidence: { conditions: pressures.sort().join(', ') } }] : [];
    }),
  text: ({ subject, evidence: e }) => ({
    title: `ノード ${subject.name} のリソースが逼迫している`,
    evidence: e.conditions.split(', ').map((type) => `${PRESSURE_LABELS[type] ?? type}(${type})`).join('、'),
  }),
});
