/**
 * Generates N daily snapshots ending at a base snapshot, with restart counts drifting day by day
 * (deterministic: same input, same files), for the history bench and tests.
 *
 *   npx tsx scripts/generate-history.ts --days 365 --out /tmp/history [--from snapshots]
 *
 * The newest snapshot of `--from` is the last day; each earlier day has every timestamp moved back
 * by whole days (ages stay as they were) and fewer restarts. Every ~90 days the most restarting
 * workload's pods were "recreated" (counts restart from a low value), so charts show resets.
 */
import { invalidOption } from '../src/cli/args-error.ts';
import { defineCommand, type ArgsOf } from '../src/cli/define.ts';
import { isMain, runMain, type CliIO } from '../src/cli/run.ts';
import { RunbookError } from '../src/snapshot/errors.ts';
import type { Pod, Snapshot } from '../src/snapshot/schema.ts';
import { readStore, writeSnapshot } from '../src/snapshot/store.ts';
import { DAY_MS, isoTime } from '../src/snapshot/time.ts';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
/** Days between two "recreations" of the most restarting workload's pods. */
const RESET_EVERY = 90;

/** A small deterministic PRNG (mulberry32), seeded per pod so the series do not depend on order. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

/** Every ISO timestamp in `value` moved by `ms` (deep copy). */
function shiftTimes<T>(value: T, ms: number): T {
  if (typeof value === 'string') return (ISO.test(value) ? isoTime(new Date(Date.parse(value) + ms)) : value) as T;
  if (Array.isArray(value)) return value.map((item) => shiftTimes(item, ms)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftTimes(v, ms)])) as T;
  return value;
}

/**
 * The restart count of each pod on each day, oldest first, ending at the pod's count in `base`:
 * walking back, each day removes 0..2x the pod's average daily increase (at least 1 in 3 days for a
 * pod that restarts at all).
 */
function restartSeries(pod: Pod, days: number, resetPod: boolean): number[] {
  const next = random(hash(pod.name));
  const daily = Math.max(pod.restarts / 30, pod.restarts > 0 ? 0.35 : 0);
  const series = new Array<number>(days);
  let value = pod.restarts;
  for (let i = days - 1; i >= 0; i--) {
    series[i] = value;
    const daysBack = days - 1 - i;
    // Before a recreation the old pod had counted higher: jump up when walking back over it.
    if (resetPod && daysBack > 0 && daysBack % RESET_EVERY === 0) value += Math.round(daily * RESET_EVERY * 1.2);
    value = Math.max(0, value - Math.floor(next() * 2 * daily + 0.5));
  }
  return series;
}

/** `pod` with `restarts` as its count: the difference taken off (or put on) its first app container. */
function withRestarts(pod: Pod, restarts: number): Pod {
  const delta = restarts - pod.restarts;
  if (delta === 0) return pod;
  const index = pod.containers.findIndex((c) => !c.init);
  const containers = pod.containers.map((c, i) => (i === index ? { ...c, restarts: Math.max(0, c.restarts + delta) } : c));
  return { ...pod, restarts, containers, lastRestartAt: restarts === 0 ? null : pod.lastRestartAt };
}

/**
 * `days` snapshots ending with `base` (oldest first), `stepMs` apart (daily by default; the bench
 * uses the CronJob's 6 hours); restarts drift, everything else stays.
 */
export function generateHistory(base: Snapshot, days: number, stepMs = DAY_MS): Snapshot[] {
  if (!Number.isInteger(days) || days < 1) throw new RunbookError('E_ARGS', `--days: expected a whole number of at least 1, received ${days}; pass e.g. --days 365`);
  const top = [...base.workloads].sort((a, b) => b.restarts - a.restarts)[0];
  const series = new Map(base.pods.map((pod) => [pod.name, restartSeries(pod, days, top !== undefined && top.restarts > 0 && top.pods.includes(pod.name))]));
  return Array.from({ length: days }, (_, i) => {
    const shifted = shiftTimes(base, -(days - 1 - i) * stepMs);
    const pods = shifted.pods.map((pod) => withRestarts(pod, series.get(pod.name)![i]!));
    const restartsOf = new Map(pods.map((pod) => [pod.name, pod.restarts]));
    const workloads = shifted.workloads.map((w) => ({ ...w, restarts: w.pods.reduce((sum, name) => sum + (restartsOf.get(name) ?? 0), 0) }));
    return { ...shifted, pods, workloads };
  });
}

/** Writes the history of the newest snapshot of `from` into `out` through the store; returns the paths. */
export async function writeHistory(from: string, out: string, days: number, stepMs = DAY_MS): Promise<string[]> {
  const { snapshots } = await readStore(from);
  const base = snapshots.at(-1)?.snapshot;
  if (!base) throw new RunbookError('E_INPUT', `${from}: no snapshot to start from; pass --from a folder with at least one snapshot file`);
  const paths: string[] = [];
  for (const snapshot of generateHistory(base, days, stepMs)) paths.push(await writeSnapshot(out, snapshot));
  return paths;
}

/** `generate-history`: its options, parsing and --help. */
export const GENERATE_HISTORY = defineCommand({
  name: 'npx tsx scripts/generate-history.ts',
  description: 'Writes daily snapshots ending at the newest snapshot of --from, with restart counts drifting day by day.',
  options: {
    days: { type: 'string', value: 'N', description: 'how many days of snapshots to write', default: '30' },
    out: { type: 'string', value: 'DIR', description: 'folder to write the snapshots into', required: true },
    from: { type: 'string', value: 'DIR', description: 'folder whose newest snapshot is the last day', default: 'snapshots' },
  },
});

/** The number of days, checked. */
export function daysOf(args: ArgsOf<typeof GENERATE_HISTORY>): number {
  const days = /^\d+$/.test(args.days) ? Number(args.days) : 0;
  if (days < 1) throw invalidOption(GENERATE_HISTORY, 'days', 'a whole number of at least 1, e.g. 365', args.days);
  return days;
}

/** Writes the history and says how many files went where. */
export async function generate(args: ArgsOf<typeof GENERATE_HISTORY>, io: CliIO): Promise<void> {
  const paths = await writeHistory(args.from, args.out, daysOf(args));
  io.out(`${paths.length} snapshot(s) written to ${args.out}`);
}

if (isMain(import.meta.url)) await runMain(GENERATE_HISTORY, generate);
