/**
 * Ready endpoints of the namespace's Services across snapshots. Pure and browser-safe. Unknown
 * (null) where the snapshot could not read Services or EndpointSlices (schemaVersion 1 never read
 * them) or had no such Service: a break in the trend, never zero.
 */
import { unread } from './gaps.ts';
import type { Snapshot } from './schema.ts';
import { compare } from './normalize/fields.ts';

/** Ready endpoints behind `service` in `snapshot`, or null when unknown there. */
export function readyEndpoints(snapshot: Snapshot, service: string): number | null {
  if (unread(snapshot, 'services') || unread(snapshot, 'endpointSlices')) return null;
  if (!snapshot.services.some((s) => s.name === service)) return null;
  // A Service with no EndpointSlice at all has no endpoint.
  return snapshot.serviceEndpoints.find((e) => e.service === service)?.ready ?? 0;
}

/** One Service's ready endpoints over time, oldest first. */
export type EndpointTrend = { service: string; points: { at: string; ready: number | null }[] };

/** A trend for every Service seen anywhere in the history, by name. */
export function endpointTrends(history: readonly Snapshot[]): EndpointTrend[] {
  const names = new Set(history.flatMap((s) => s.services.map((service) => service.name)));
  return [...names].sort(compare).map((service) => ({ service, points: history.map((s) => ({ at: s.capturedAt, ready: readyEndpoints(s, service) })) }));
}

/** Services whose ready endpoints differ between two snapshots, both known; by name. */
export function endpointChanges(before: Snapshot, after: Snapshot): { service: string; from: number; to: number }[] {
  return after.services
    .map((s) => ({ service: s.name, from: readyEndpoints(before, s.name), to: readyEndpoints(after, s.name) }))
    .filter((c): c is { service: string; from: number; to: number } => c.from !== null && c.to !== null && c.from !== c.to)
    .sort((a, b) => compare(a.service, b.service));
}
