/** Defensive readers for API JSON: a dump file can hold anything, the snapshot must not. */
import { isoTime } from '../time.ts';

/** The value as a string, or null. */
export function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The value as an integer, or null. */
export function int(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** Whether the value is a plain object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a plain object (empty when it is not one). */
export function obj(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** The value as an array of plain objects (others dropped). */
export function objs(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** A map of strings, e.g. labels or resource quantities (numbers written as strings). */
export function strings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(obj(value))) {
    if (typeof field === 'string' || typeof field === 'number') out[key] = String(field);
  }
  return out;
}

/**
 * An API timestamp as the schema stores it: UTC, whole seconds unless the source had a fraction
 * (MicroTime in leases and events.k8s.io events keeps milliseconds). Null when absent or invalid.
 */
export function time(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return isoTime(date);
}

/** Code-point order, the same on every machine (localeCompare is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By namespace when there is one, then `name`: the order of every list in a snapshot. */
export function byName<T extends { name: string; namespace?: string }>(a: T, b: T): number {
  return compare(a.namespace ?? '', b.namespace ?? '') || compare(a.name, b.name);
}

/** By `name`, then `kind`: the order of workload rows and their trends. */
export function byNameThenKind(a: { name: string; kind: string }, b: { name: string; kind: string }): number {
  return compare(a.name, b.name) || compare(a.kind, b.kind);
}

/** `Kind/name`: how a workload is keyed wherever workloads are matched up. */
export function workloadKey(workload: { kind: string; name: string }): string {
  return `${workload.kind}/${workload.name}`;
}

/** Each item under its key; of items sharing a key, the last wins. */
export function indexBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) index.set(key(item), item);
  return index;
}

/** The items under their key, keys in first-seen order and each group in input order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Sorted, without duplicates. */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/**
 * An object's creationTimestamp. A hand-written manifest given to --from has none, and the schema
 * wants a time: the epoch stands for "unknown" there, which no real object can have.
 */
export function createdAt(metadata: { creationTimestamp?: string } | undefined): string {
  return time(metadata?.creationTimestamp) ?? '1970-01-01T00:00:00Z';
}
