import type { Container, EnvVarSchema, Termination } from '../schema.ts';
import { redactArgs } from '../redact.ts';
import { int, obj, objs, str, strings, time } from './fields.ts';
import type { z } from 'zod';

type EnvVar = z.infer<typeof EnvVarSchema>;

/** A pod's containers, init containers first, each in spec order, joined with their status. */
export function containers(spec: Record<string, unknown>, status: Record<string, unknown>): Container[] {
  const statuses = (list: unknown) => new Map(objs(list).map((entry) => [str(entry.name), entry]));
  const initStatuses = statuses(status.initContainerStatuses);
  const mainStatuses = statuses(status.containerStatuses);
  return [
    ...objs(spec.initContainers).map((container) => toContainer(container, initStatuses.get(str(container.name)), true)),
    ...objs(spec.containers).map((container) => toContainer(container, mainStatuses.get(str(container.name)), false)),
  ];
}

function toContainer(spec: Record<string, unknown>, status: Record<string, unknown> | undefined, init: boolean): Container {
  const state = obj(status?.state);
  const [stateName, detail] = currentState(state);
  const resources = obj(spec.resources);
  return {
    name: str(spec.name) ?? '',
    init,
    image: str(spec.image) ?? str(status?.image) ?? '',
    state: stateName,
    reason: str(detail.reason),
    startedAt: time(detail.startedAt),
    ready: status?.ready === true,
    restarts: Math.max(0, int(status?.restartCount) ?? 0),
    lastTermination: termination(obj(obj(status?.lastState).terminated)),
    command: redactArgs([...stringList(spec.command), ...stringList(spec.args)]),
    env: env(spec),
    requests: strings(resources.requests),
    limits: strings(resources.limits),
  };
}

function currentState(state: Record<string, unknown>): [Container['state'], Record<string, unknown>] {
  if (state.running) return ['running', obj(state.running)];
  if (state.waiting) return ['waiting', obj(state.waiting)];
  if (state.terminated) return ['terminated', obj(state.terminated)];
  return ['unknown', {}];
}

/** kubectl describe's "Last State: Terminated", or null when the container never ended. */
function termination(terminated: Record<string, unknown>): Termination | null {
  const exitCode = int(terminated.exitCode);
  if (exitCode === null) return null;
  const signal = int(terminated.signal);
  return {
    reason: str(terminated.reason),
    exitCode,
    ...(signal !== null && signal !== 0 ? { signal } : {}),
    finishedAt: time(terminated.finishedAt),
  };
}

/**
 * Environment variable names and where their value comes from; values are never read. `envFrom`
 * entries are listed under the ConfigMap or Secret they import (`from: configMapRef`).
 */
function env(spec: Record<string, unknown>): EnvVar[] {
  const named = objs(spec.env).map((variable): EnvVar => {
    const source = Object.keys(obj(variable.valueFrom)).sort()[0];
    return { name: str(variable.name) ?? '', from: source ?? 'value' };
  });
  const imported = objs(spec.envFrom).flatMap((entry): EnvVar[] => {
    const kind = entry.configMapRef ? 'configMapRef' : entry.secretRef ? 'secretRef' : null;
    if (!kind) return [];
    const prefix = str(entry.prefix) ?? '';
    return [{ name: `${prefix}${str(obj(entry[kind]).name) ?? ''}`, from: kind }];
  });
  return [...named, ...imported];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
