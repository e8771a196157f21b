import { describe, expect, it } from 'vitest';
import { ageBetween, humanDuration, humanDurationParts } from '../../src/snapshot/age.ts';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

// Copied from k8s.io/apimachinery/pkg/util/duration/duration_test.go (TestHumanDuration and
// TestHumanDurationBoundaries). Go's `1` (one nanosecond) becomes one millisecond here.
const kubectlTable: [number, string][] = [
  [s, '1s'],
  [70 * s, '70s'],
  [190 * s, '3m10s'],
  [70 * m, '70m'],
  [47 * h, '47h'],
  [49 * h, '2d1h'],
  [(8 * 24 + 2) * h, '8d'],
  [367 * 24 * h, '367d'],
  [(365 * 2 * 24 + 25) * h, '2y1d'],
  [(365 * 8 * 24 + 2) * h, '8y'],
  [-2 * s, '<invalid>'],
  [-2 * s + 1, '0s'],
  [0, '0s'],
  [s - 1, '0s'],
  [2 * m - 1, '119s'],
  [2 * m, '2m'],
  [2 * m + s, '2m1s'],
  [10 * m - 1, '9m59s'],
  [10 * m, '10m'],
  [10 * m + s, '10m'],
  [3 * h - 1, '179m'],
  [3 * h, '3h'],
  [3 * h + m, '3h1m'],
  [8 * h - 1, '7h59m'],
  [8 * h, '8h'],
  [8 * h + 59 * m, '8h'],
  [2 * d - 1, '47h'],
  [2 * d, '2d'],
  [2 * d + h, '2d1h'],
  [8 * d - 1, '7d23h'],
  [8 * d, '8d'],
  [8 * d + 23 * h, '8d'],
  [2 * 365 * d - 1, '729d'],
  [2 * 365 * d, '2y'],
  [2 * 365 * d + 23 * h, '2y'],
  [2 * 365 * d + 23 * h + 59 * m, '2y'],
  [2 * 365 * d + d - 1, '2y'],
  [2 * 365 * d + d, '2y1d'],
  [3 * 365 * d, '3y'],
  [7 * 365 * d, '7y'],
  [8 * 365 * d - 1, '7y364d'],
  [8 * 365 * d, '8y'],
  [8 * 365 * d + 364 * d, '8y'],
  [9 * 365 * d, '9y'],
];

describe('humanDuration (kubectl AGE)', () => {
  it.each(kubectlTable)('%d ms -> %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
});

describe('humanDurationParts', () => {
  it.each([
    [190 * s, [{ value: 3, unit: 'm' }, { value: 10, unit: 's' }]],
    [2 * m, [{ value: 2, unit: 'm' }]],
    [(365 * 2 * 24 + 25) * h, [{ value: 2, unit: 'y' }, { value: 1, unit: 'd' }]],
    [-2 * s, null],
  ])('%d ms -> %o', (ms, want) => {
    expect(humanDurationParts(ms)).toEqual(want);
  });
});

describe('ageBetween', () => {
  const from = '2026-11-12T09:30:00Z';
  it.each([
    ['2026-11-14T10:30:00Z', [{ value: 2, unit: 'd' }, { value: 1, unit: 'h' }]],
    ['2026-11-12T09:29:59Z', [{ value: 0, unit: 's' }]],
    ['2026-11-12T09:29:00Z', null],
  ])('%s -> %o', (to, want) => {
    expect(ageBetween(from, to)).toEqual(want);
  });

  it('is null for a timestamp it cannot read', () => {
    expect(ageBetween('yesterday', '2026-11-24T09:30:00Z')).toBeNull();
  });
});
