import type { KubeObject } from '../raw.ts';
import { redactText } from '../redact.ts';
import type { KubeEvent } from '../schema.ts';
import { compare, int, obj, str, time } from './fields.ts';

/** How many Warning events a snapshot keeps, newest first. */
export const EVENT_LIMIT = 200;

/**
 * The namespace's Warning events, newest first, at most EVENT_LIMIT. Reads both core/v1 Events and
 * events.k8s.io/v1 Events (the same event served by both APIs has one uid and is kept once).
 */
export function toEvents(events: KubeObject[]): KubeEvent[] {
  const seen = new Set<string>();
  const out: KubeEvent[] = [];
  for (const event of events) {
    if (event.type !== 'Warning') continue;
    const uid = event.metadata?.uid;
    if (uid) {
      if (seen.has(uid)) continue;
      seen.add(uid);
    }
    out.push(event.apiVersion?.startsWith('events.k8s.io/') ? fromEventsApi(event) : fromCore(event));
  }
  return out
    .sort((a, b) => compare(b.lastSeen ?? '', a.lastSeen ?? '') || compare(a.object.name, b.object.name) || compare(a.reason, b.reason) || compare(a.message, b.message))
    .slice(0, EVENT_LIMIT);
}

function fromCore(event: KubeObject): KubeEvent {
  const involved = obj(event.involvedObject);
  const source = obj(event.source);
  const series = obj(event.series);
  const firstSeen = time(event.firstTimestamp) ?? time(event.eventTime);
  return {
    type: 'Warning',
    reason: str(event.reason) ?? '',
    message: redactText(str(event.message) ?? ''),
    object: { kind: str(involved.kind) ?? '', name: str(involved.name) ?? '' },
    count: int(series.count) ?? int(event.count) ?? 1,
    firstSeen,
    lastSeen: time(series.lastObservedTime) ?? time(event.lastTimestamp) ?? firstSeen,
    source: str(source.component) ?? str(event.reportingComponent),
  };
}

function fromEventsApi(event: KubeObject): KubeEvent {
  const regarding = obj(event.regarding);
  const series = obj(event.series);
  const firstSeen = time(event.deprecatedFirstTimestamp) ?? time(event.eventTime);
  return {
    type: 'Warning',
    reason: str(event.reason) ?? '',
    message: redactText(str(event.note) ?? ''),
    object: { kind: str(regarding.kind) ?? '', name: str(regarding.name) ?? '' },
    count: int(series.count) ?? int(event.deprecatedCount) ?? 1,
    firstSeen,
    lastSeen: time(series.lastObservedTime) ?? time(event.deprecatedLastTimestamp) ?? firstSeen,
    source: str(event.reportingController) ?? str(obj(event.deprecatedSource).component),
  };
}
