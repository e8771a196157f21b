import type { RawState } from './raw.ts';
import { RESOURCE_KEYS } from './resources.ts';
import { isoSeconds } from './time.ts';

/**
 * Fields the API server (or kubelet, or a controller) writes as the cluster runs. The newest of them
 * is the latest moment the dump proves it saw: node heartbeats and lease renewals every few seconds,
 * managedFields `time` on every write. Times a user writes (a certificate's notAfter in an
 * annotation) are not among them.
 */
const WRITTEN_AT = new Set([
  'creationTimestamp',
  'lastHeartbeatTime',
  'lastTransitionTime',
  'lastProbeTime',
  'lastUpdateTime',
  'lastTimestamp',
  'firstTimestamp',
  'eventTime',
  'renewTime',
  'acquireTime',
  'startTime',
  'startedAt',
  'finishedAt',
  'lastScheduleTime',
  'lastSuccessfulTime',
  'time',
]);

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The newest API-written timestamp in a dump's objects, cut to the second, as its capture time
 * (`kubectl get -o json` records no time of its own). Null when it holds none. Times after `now`
 * (a skewed clock) are ignored: a dump cannot come from the future.
 */
export function newestDumpTime(raw: RawState, now: Date): string | null {
  let newest = Number.NEGATIVE_INFINITY;
  const limit = now.getTime();
  const visit = (value: unknown, depth: number): void => {
    // Objects of the API are shallow; the bound keeps a hostile file from recursing for ever.
    if (depth > 32 || typeof value !== 'object' || value === null) return;
    // An array's entries are its items (keys '0', '1', …, never a WRITTEN_AT name).
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === 'string') {
        if (!WRITTEN_AT.has(key) || !RFC3339.test(field)) continue;
        const millis = Date.parse(field);
        if (millis <= limit) newest = Math.max(newest, millis);
      } else visit(field, depth + 1);
    }
  };
  for (const key of RESOURCE_KEYS) visit(raw[key], 0);
  return Number.isFinite(newest) ? isoSeconds(new Date(newest)) : null;
}
