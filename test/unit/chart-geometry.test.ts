import { describe, expect, it } from 'vitest';
import { chartGeometry, niceStep, sparklinePath, thinSegment, timeTicks } from '../../src/components/history/chart-geometry.ts';
import { isoTime } from '../../src/snapshot/time.ts';
import type { TrendPoint } from '../../src/snapshot/trends.ts';

const day = (n: number) => new Date(Date.UTC(2026, 10, 20 + n, 9, 30)).toISOString().replace('.000Z', 'Z');

describe('chartGeometry', () => {
  const size = { width: 200, height: 100, padding: { top: 0, right: 0, bottom: 0, left: 0 } };
  const pts = (...list: (number | null)[]): TrendPoint[] => list.map((restarts, i) => ({ at: day(i), restarts, reset: false }));

  it('puts time on x and restarts on y from 0 to a round maximum', () => {
    const g = chartGeometry(pts(0, 100, 392), size);
    expect(g.path).toBe('M0,100 L100,75 L200,2');
    expect(g.yMax).toBe(400);
    expect(g.yTicks.map((t) => `${t.label}@${t.y}`)).toEqual(['0@100', '100@75', '200@50', '300@25', '400@0']);
    expect(g.xTicks.map((t) => `${t.label}@${t.x}`)).toEqual(['11/21@22.9', '11/22@122.9']);
    expect(g.dots).toEqual([]);
  });

  it('keeps irregular intervals honest: x follows time, not the index', () => {
    const points: TrendPoint[] = [day(0), day(1), day(4)].map((at, i) => ({ at, restarts: i + 1, reset: false }));
    expect(chartGeometry(points, size).path).toBe('M0,66.7 L50,33.3 L200,0');
  });

  it('breaks the line at a gap and marks isolated points as dots', () => {
    const g = chartGeometry(pts(1, 2, null, 4, null, 3, 3), size);
    expect(g.path).toBe('M0,75 L33.3,50 M100,0 M166.7,25 L200,25');
    expect(g.dots).toEqual([{ x: 100, y: 0, at: day(3), value: 4 }]);
  });

  it('draws a single point as a dot in the middle', () => {
    const g = chartGeometry(pts(7), size);
    expect(g.path).toBe('M100,12.5');
    expect(g.dots).toEqual([{ x: 100, y: 12.5, at: day(0), value: 7 }]);
    expect(g.xTicks).toEqual([{ x: 100, at: day(0), label: '11/20' }]);
  });

  it('marks resets where the count dropped', () => {
    const points: TrendPoint[] = [
      { at: day(0), restarts: 400, reset: false },
      { at: day(1), restarts: 0, reset: true },
    ];
    expect(chartGeometry(points, size).resets).toEqual([{ x: 200, y: 100, at: day(1), value: 0 }]);
  });

  it('handles all-zero and all-missing trends', () => {
    expect(chartGeometry(pts(0, 0), size)).toMatchObject({ path: 'M0,100 L200,100', yMax: 1 });
    expect(chartGeometry(pts(null, null), size)).toMatchObject({ path: '', dots: [], yMax: 1 });
    expect(chartGeometry([], size)).toMatchObject({ path: '', xTicks: [] });
  });

  it('draws 365 daily points with a segment each and a handful of ticks', () => {
    const points = Array.from({ length: 365 }, (_, i): TrendPoint => ({ at: day(i), restarts: 300 + i, reset: false }));
    const g = chartGeometry(points, { width: 600, height: 160 });
    expect(g.path.split(' ')).toHaveLength(365);
    expect(g.path.startsWith('M36,')).toBe(true);
    expect(g.xTicks.map((t) => t.label)).toEqual(['11/21', '2/20', '5/22', '8/21']);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 200, 400, 600, 800]);
  });

  it.each([
    ['a single instant', 0, 0, ['2026-11-20T09:30:00.000Z']],
    ['less than a day, no midnight', 0, 3 * 3600_000, ['2026-11-20T09:30:00.000Z']],
    ['crossing one JST midnight', 0, 8 * 3600_000, ['2026-11-20T15:00:00.000Z']],
    ['four weeks: weekly', 0, 28 * 86_400_000, ['2026-11-20T15:00:00.000Z', '2026-11-27T15:00:00.000Z', '2026-12-04T15:00:00.000Z', '2026-12-11T15:00:00.000Z']],
    ['a month: fortnightly', 0, 30 * 86_400_000, ['2026-11-20T15:00:00.000Z', '2026-12-04T15:00:00.000Z', '2026-12-18T15:00:00.000Z']],
  ])('timeTicks: %s', (_, offset, span, want) => {
    const t0 = Date.parse('2026-11-20T09:30:00Z') + offset;
    expect(timeTicks(t0, span, 4).map((t) => new Date(t).toISOString())).toEqual(want);
  });

  it.each([
    [0, 4, 1],
    [3, 4, 1],
    [10, 4, 5],
    [392, 4, 100],
    [664, 4, 200],
    [1999, 5, 500],
  ])('niceStep(%d, %d) = %d', (max, count, step) => {
    expect(niceStep(max, count)).toBe(step);
  });

  it('gives a sparkline path inset by 1px', () => {
    expect(sparklinePath(pts(0, 4), { width: 52, height: 12 })).toBe('M1,11 L51,1');
  });
});

describe('thinSegment', () => {
  it('drops the middle of a level run and keeps every change', () => {
    const segment = [0, 1, 2, 3, 4, 5].map((x) => ({ x: x * 10, y: x < 4 ? 50 : 20 }));
    expect(thinSegment(segment)).toEqual([
      { x: 0, y: 50 },
      { x: 30, y: 50 },
      { x: 40, y: 20 },
      { x: 50, y: 20 },
    ]);
  });

  it('keeps per pixel column the first, lowest, highest and last point, in time order', () => {
    const column = [30, 10, 90, 60, 40].map((y, i) => ({ x: 7 + i / 10, y }));
    expect(thinSegment(column)).toEqual([
      { x: 7, y: 30 },
      { x: 7.1, y: 10 },
      { x: 7.2, y: 90 },
      { x: 7.4, y: 40 },
    ]);
  });

  it('draws a year of the CronJob (1,460 points) in a small chart with at most 4 points per pixel column', () => {
    const points = Array.from({ length: 1460 }, (_, i): TrendPoint => ({ at: isoTime(new Date(Date.parse('2025-11-28T00:00:00Z') + i * 6 * 3_600_000)), restarts: 300 + Math.floor(i / 7) + (i % 3), reset: false }));
    const g = chartGeometry(points, { width: 160, height: 36, padding: { top: 3, right: 3, bottom: 3, left: 3 } });
    const drawn = g.path.split(' ');
    expect(drawn.length).toBeLessThanOrEqual(4 * 155);
    // The first and last snapshots still start and end the line, and the highest count is still drawn.
    expect(drawn[0]!.startsWith('M3,')).toBe(true);
    expect(drawn.at(-1)!.startsWith('L157,')).toBe(true);
    const highest = Math.max(...points.map((p) => p.restarts!));
    const highestY = Math.round((3 + 30 - (highest / g.yMax) * 30) * 10) / 10;
    expect(drawn.map((step) => Number(step.split(',')[1]))).toContain(highestY);
  });
});
