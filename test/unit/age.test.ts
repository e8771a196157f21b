import { describe, expect, it } from 'vitest';
import { formatAge, humanDuration, toJapaneseAge } from '../../src/snapshot/age.ts';

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
    ['8y', '8年'],
    ['7y364d', '7年364日'],
    ['119s', '119秒'],
  ])('renders kubectl %s as %s', (kubectl, want) => {
    expect(toJapaneseAge(kubectl)).toBe(want);
  });
});
