import { describe, expect, it } from 'vitest';
import { formatAge, formatDuration, formatJst, formatJstShortDate, formatRelative } from '../../src/i18n/time.ja.ts';

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

  it('gives ? as the short date of a time it cannot read', () => {
    expect(formatJstShortDate('not a date')).toBe('?');
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
    ['not a date', '不明'],
  ])('%s -> %s', (iso, want) => {
    expect(formatRelative(iso, now)).toBe(want);
  });

  it('accepts a Date for now', () => {
    expect(formatRelative('2026-11-24T09:30:00Z', new Date('2026-11-27T09:30:00Z'))).toBe('3日前');
  });
});

describe('formatAge', () => {
  const from = '2026-11-12T09:30:00Z';
  it.each([
    ['2026-11-12T09:30:45Z', '45秒'],
    ['2026-11-12T09:35:00Z', '5分'],
    ['2026-11-12T09:33:10Z', '3分10秒'],
    ['2026-11-12T12:45:00Z', '3時間15分'],
    ['2026-11-12T14:30:00Z', '5時間'],
    ['2026-11-14T10:30:00Z', '2日1時間'],
    ['2026-11-24T09:30:00Z', '12日'],
    ['2026-11-24T12:00:00Z', '12日'],
    ['2028-11-12T09:30:00Z', '2年1日'],
    ['2026-11-12T09:29:59Z', '0秒'],
    ['2026-11-12T09:29:00Z', '不明'],
  ])('%s -> %s', (to, want) => {
    expect(formatAge(from, to)).toBe(want);
  });

  it('says 不明 for a timestamp it cannot read', () => {
    expect(formatAge('yesterday', '2026-11-24T09:30:00Z')).toBe('不明');
  });

  it.each([
    ['8y', [{ value: 8, unit: 'y' }], '8年'],
    ['7y364d', [{ value: 7, unit: 'y' }, { value: 364, unit: 'd' }], '7年364日'],
    ['119s', [{ value: 119, unit: 's' }], '119秒'],
  ] as const)('renders kubectl %s as %s', (_, parts, want) => {
    expect(formatDuration(parts)).toBe(want);
  });
});
