import { describe, expect, it } from 'vitest';
import { formatJst, formatJstShortDate, formatRelative, hoursBetween, isStale } from '../../src/snapshot/time.ts';

describe('formatJst', () => {
  it.each([
    ['2026-11-24T09:30:00Z', '2026/11/24 18:30 JST'],
    ['2026-11-24T15:05:00Z', '2026/11/25 00:05 JST'],
    ['2026-12-31T15:00:00Z', '2027/01/01 00:00 JST'],
    ['2026-02-28T20:59:59.999Z', '2026/03/01 05:59 JST'],
    ['not a date', '不明'],
  ])('%s -> %s', (iso, want) => {
    expect(formatJst(iso)).toBe(want);
  });

  it('gives a short JST date for chart axes', () => {
    expect(formatJstShortDate('2026-11-24T15:30:00Z')).toBe('11/25');
  });
});

describe('formatRelative', () => {
  const now = '2026-11-27T09:30:00Z';
  it.each([
    ['2026-11-27T09:30:00Z', 'たった今'],
    ['2026-11-27T09:29:01Z', 'たった今'],
    ['2026-11-27T09:29:00Z', '1分前'],
    ['2026-11-27T08:31:00Z', '59分前'],
    ['2026-11-27T04:30:00Z', '5時間前'],
    ['2026-11-26T09:30:01Z', '23時間前'],
    ['2026-11-24T09:30:00Z', '3日前'],
    ['2025-11-27T09:30:00Z', '1年前'],
    ['2026-11-27T09:30:30Z', 'たった今'],
    ['2026-11-27T10:30:00Z', '未来の時刻'],
  ])('%s -> %s', (iso, want) => {
    expect(formatRelative(iso, now)).toBe(want);
  });

  it('accepts a Date for now', () => {
    expect(formatRelative('2026-11-24T09:30:00Z', new Date('2026-11-27T09:30:00Z'))).toBe('3日前');
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
