import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, GENERATE_HISTORY, generateHistory, writeHistory } from '../../scripts/generate-history.ts';
import { runInProcess } from '../fixtures/run-cli.ts';
import { historyFrom } from '../../src/site/history-view.ts';
import { SnapshotSchema } from '../../src/snapshot/schema.ts';
import { readStore } from '../../src/snapshot/store.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

const KCM = 'kube-controller-manager-rpi-master-1';
const restartsOf = (s: ReturnType<typeof seedSnapshot>, name: string) => s.workloads.find((w) => w.name === name)!.restarts;

describe('generateHistory', () => {
  const base = seedSnapshot();
  const year = generateHistory(base, 365);

  it('makes daily, valid snapshots that end with the base state', () => {
    expect(year).toHaveLength(365);
    expect(year.at(-1)).toEqual(SnapshotSchema.parse(base));
    expect(year[0]!.capturedAt).toBe('2025-11-25T09:30:00Z');
    for (const snapshot of year) expect(() => SnapshotSchema.parse(snapshot)).not.toThrow();
    const steps = year.slice(1).map((snapshot, i) => Date.parse(snapshot.capturedAt) - Date.parse(year[i]!.capturedAt));
    expect(new Set(steps)).toEqual(new Set([24 * 60 * 60 * 1000]));
  });

  it('keeps pods, containers and workloads in step and ages as they were', () => {
    for (const snapshot of [year[0]!, year[100]!, year[300]!]) {
      for (const pod of snapshot.pods) expect(pod.restarts).toBe(pod.containers.reduce((sum, c) => sum + c.restarts, 0));
      for (const w of snapshot.workloads) expect(w.restarts).toBe(snapshot.pods.filter((p) => w.pods.includes(p.name)).reduce((sum, p) => sum + p.restarts, 0));
      const offset = Date.parse(base.capturedAt) - Date.parse(snapshot.capturedAt);
      expect(Date.parse(base.pods[0]!.createdAt) - Date.parse(snapshot.pods[0]!.createdAt)).toBe(offset);
    }
  });

  it('drifts restarts, with resets of the most restarting workload, the same way every time', () => {
    const series = year.map((s) => restartsOf(s, KCM));
    expect(new Set(series).size).toBeGreaterThan(100);
    expect(historyFrom(year).clusters[0]!.trends.get(`StaticPod/${KCM}`)!.points.filter((p) => p.reset).length).toBeGreaterThan(0);
    expect(generateHistory(base, 365).map((s) => restartsOf(s, KCM))).toEqual(series);
  });

  it('rejects a count that is not a whole number of days', () => {
    expect(() => generateHistory(base, 0)).toThrowErrorMatchingInlineSnapshot(`[RunbookError: --days: expected a whole number of at least 1, received 0; pass e.g. --days 365]`);
  });

  it('writes through the store, readable as one cluster history', async () => {
    const from = join(import.meta.dirname, '../../snapshots');
    const out = await mkdtemp(join(tmpdir(), 'generate-history-'));
    try {
      expect(await writeHistory(from, out, 30)).toHaveLength(30);
      expect((await readdir(out)).filter((name) => name.endsWith('.json'))).toHaveLength(30);
      const { snapshots } = await readStore(out);
      expect(historyFrom(snapshots.map((e) => e.snapshot)).clusters.map((c) => c.entries.length)).toEqual([30]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('generate-history: arguments', () => {
  it.each([
    [[], 'kube-runbook: --out: missing; pass --out DIR; see npx tsx scripts/generate-history.ts --help'],
    [['--out', '/tmp/never', '--days', 'ten'], 'kube-runbook: --days: expected a whole number of at least 1, e.g. 365, received "ten"; see npx tsx scripts/generate-history.ts --help'],
    [['--out', '/tmp/never', '--days', '0'], 'kube-runbook: --days: expected a whole number of at least 1, e.g. 365, received "0"; see npx tsx scripts/generate-history.ts --help'],
    [['--out', '/tmp/never', '--weeks', '3'], 'kube-runbook: unknown option --weeks; see npx tsx scripts/generate-history.ts --help'],
  ])('%j', async (argv, line) => {
    expect(await runInProcess(GENERATE_HISTORY, argv, generate)).toEqual({ status: 1, out: [], log: [line] });
  });

  it('writes --days snapshots into --out and says so', async () => {
    const out = await mkdtemp(join(tmpdir(), 'generate-history-cli-'));
    try {
      expect(await runInProcess(GENERATE_HISTORY, ['--days', '3', '--out', out, '--from', join(import.meta.dirname, '../../snapshots')], generate)).toEqual({ status: 0, out: [`3 snapshot(s) written to ${out}`], log: [] });
      expect((await readdir(out)).filter((name) => name.endsWith('.json'))).toHaveLength(3);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
