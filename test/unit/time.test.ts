import { describe, expect, it } from 'vitest';
import { elapsedSince, hoursBetween, isStale, jstParts } from '../../src/snapshot/time.ts';

describe('jstParts', () => {
  it.each([
    ['2026-11-24T09:30:00Z', { year: 2026, month: 11, day: 24, hour: 18, minute: 30 }],
    ['2026-11-24T15:05:00Z', { year: 2026, month: 11, day: 25, hour: 0, minute: 5 }],
    ['2026-12-31T15:00:00Z', { year: 2027, month: 1, day: 1, hour: 0, minute: 0 }],
    ['2026-02-28T20:59:59.999Z', { year: 2026, month: 3, day: 1, hour: 5, minute: 59 }],
    ['not a date', null],
  ])('%s -> %o', (iso, want) => {
    expect(jstParts(iso)).toEqual(want);
  });
});

describe('elapsedSince', () => {
  const now = '2026-11-27T09:30:00Z';
  it.each([
    ['2026-11-27T09:30:00Z', { kind: 'justNow' }],
    ['2026-11-27T09:29:01Z', { kind: 'justNow' }],
    ['2026-11-27T09:29:00Z', { kind: 'ago', value: 1, unit: 'minute' }],
    ['2026-11-27T08:31:00Z', { kind: 'ago', value: 59, unit: 'minute' }],
    ['2026-11-27T04:30:00Z', { kind: 'ago', value: 5, unit: 'hour' }],
    ['2026-11-26T09:30:01Z', { kind: 'ago', value: 23, unit: 'hour' }],
    ['2026-11-24T09:30:00Z', { kind: 'ago', value: 3, unit: 'day' }],
    ['2025-11-27T09:30:00Z', { kind: 'ago', value: 1, unit: 'year' }],
    ['2026-11-27T09:30:30Z', { kind: 'justNow' }],
    ['2026-11-27T10:30:00Z', { kind: 'future' }],
    ['not a date', null],
  ])('%s -> %o', (iso, want) => {
    expect(elapsedSince(iso, now)).toEqual(want);
  });

  it('accepts a Date for now', () => {
    expect(elapsedSince('2026-11-24T09:30:00Z', new Date('2026-11-27T09:30:00Z'))).toEqual({ kind: 'ago', value: 3, unit: 'day' });
  });
});

describe('isStale', () => {
  const captured = '2026-11-20T09:30:00Z';
  it.each([
    ['2026-11-27T09:30:00Z', 7, false],
    ['2026-11-27T09:30:01Z', 7, true],
    ['2026-11-21T09:30:01Z', 1, true],
    ['2026-11-20T09:30:00Z', 7, false],
  ] as const)('now %s, %d days -> %s', (now, days, want) => {
    expect(isStale(captured, now, days)).toBe(want);
  });

  it('defaults to 7 days', () => {
    expect(isStale(captured, '2026-11-28T00:00:00Z')).toBe(true);
  });
});

describe('hoursBetween', () => {
  it.each([
    ['2026-11-23T09:30:00Z', '2026-11-24T09:30:00Z', 24],
    ['2026-11-24T09:30:00Z', '2026-11-24T11:00:00Z', 1.5],
  ])('%s .. %s = %d', (from, to, want) => {
    expect(hoursBetween(from, to)).toBe(want);
  });
});
