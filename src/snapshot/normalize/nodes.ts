import type { KubeObject } from '../raw.ts';
import type { Node, NodeCondition } from '../schema.ts';
import { compare, createdAt, obj, objs, str, strings, time } from './fields.ts';
import { redactText } from '../redact.ts';

const ROLE_PREFIX = 'node-role.kubernetes.io/';
/** The older role label kubectl also reads (`kubernetes.io/role=master`, as kops set it). */
const ROLE_LABEL = 'kubernetes.io/role';

/** A node as kubectl get nodes -o wide and describe show it. */
export function toNode(node: KubeObject): Node {
  const spec = obj(node.spec);
  const status = obj(node.status);
  const info = obj(status.nodeInfo);
  const conditions = objs(status.conditions).map(toCondition).sort((a, b) => compare(a.type, b.type));
  const labels = node.metadata?.labels ?? {};
  return {
    name: node.metadata?.name ?? '',
    roles: roles(labels),
    ready: conditions.some((condition) => condition.type === 'Ready' && condition.status === 'True'),
    unschedulable: spec.unschedulable === true,
    kubeletVersion: str(info.kubeletVersion) ?? '',
    providerID: str(spec.providerID),
    osImage: str(info.osImage) ?? '',
    kernelVersion: str(info.kernelVersion) ?? '',
    containerRuntime: str(info.containerRuntimeVersion) ?? '',
    architecture: str(info.architecture) ?? '',
    internalIP: str(objs(status.addresses).find((address) => address.type === 'InternalIP')?.address),
    capacity: strings(status.capacity),
    allocatable: strings(status.allocatable),
    conditions,
    // kubectl describe's form: `node-role.kubernetes.io/control-plane:NoSchedule`.
    taints: objs(spec.taints).map((taint) => `${str(taint.key) ?? ''}${taint.value ? `=${String(taint.value)}` : ''}:${str(taint.effect) ?? ''}`),
    createdAt: createdAt(node.metadata),
  };
}

/** kubectl's ROLES (findNodeRoles): each `node-role.kubernetes.io/<role>` suffix and the `kubernetes.io/role` value, non-empty, once each, sorted. */
function roles(labels: Record<string, string>): string[] {
  const suffixes = Object.keys(labels).filter((key) => key.startsWith(ROLE_PREFIX)).map((key) => key.slice(ROLE_PREFIX.length));
  return [...new Set([...suffixes, str(labels[ROLE_LABEL]) ?? ''])].filter(Boolean).sort(compare);
}

function toCondition(condition: Record<string, unknown>): NodeCondition {
  const status = condition.status === 'True' || condition.status === 'False' ? condition.status : 'Unknown';
  const message = str(condition.message);
  return {
    type: str(condition.type) ?? '',
    status,
    reason: str(condition.reason),
    message: message === null ? null : redactText(message),
    since: time(condition.lastTransitionTime),
  };
}
