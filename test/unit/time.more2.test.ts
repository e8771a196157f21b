import { describe, expect, it } from 'vitest';
import { elapsedSince } from '../../src/snapshot/time.ts';

describe('elapsedSince: exactly at a unit boundary the larger unit is reached', () => {
  const now = '2026-11-27T09:30:00Z';
  it.each([
    ['one minute ahead (clock skew)', '2026-11-27T09:31:00Z', { kind: 'justNow' }],
    ['one minute and a second ahead', '2026-11-27T09:31:01Z', { kind: 'future' }],
    ['exactly one hour', '2026-11-27T08:30:00Z', { kind: 'ago', value: 1, unit: 'hour' }],
    ['exactly one day', '2026-11-26T09:30:00Z', { kind: 'ago', value: 1, unit: 'day' }],
  ])('%s', (_case, iso, want) => {
    expect(elapsedSince(iso, now)).toEqual(want);
  });
});
