/**
 * writeSnapshot's promise: a reader never sees half a file, and a write interrupted part-way leaves
 * the folder as it was. fs.writeFile is wrapped so a test can cut it off after some bytes (a full
 * disk, a killed process); a direct write to the target would leave a truncated snapshot there.
 * A snapshot already in the folder is never replaced (the temporary file is linked, not renamed).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RunbookError } from '../../src/snapshot/errors.ts';
import { DEFAULT_LIMITS } from '../../src/snapshot/limits.ts';
import { readStore, stableJson, writeSnapshot } from '../../src/snapshot/store.ts';
import { buildPod, seedSnapshot } from '../support/snapshot-builder.ts';

/** What the wrapped writeFile does: cut each write off after `cutAfter` characters; the paths it wrote. */
const fault = vi.hoisted(() => ({ cutAfter: null as number | null, written: [] as string[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof fs.writeFile = async (file, data, options) => {
    fault.written.push(String(file));
    if (fault.cutAfter === null) return fs.writeFile(file, data, options);
    let text = '';
    for await (const chunk of data as AsyncIterable<string> | Iterable<string>) text += chunk;
    await fs.writeFile(file, text.slice(0, fault.cutAfter), options);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return { ...fs, writeFile };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-store-write-'));
  fault.cutAfter = null;
  fault.written = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeSnapshot', () => {
  it('writes a temporary file beside the target, then renames it into place', async () => {
    const snapshot = seedSnapshot();
    const target = await writeSnapshot(dir, snapshot);
    expect(target).toBe(join(dir, '2026-11-24T09-30-00Z.json'));
    expect(fault.written).toHaveLength(1);
    expect(basename(fault.written[0]!)).toMatch(/^\.snapshot-\d+-\d+-\d+\.tmp$/);
    expect(fault.written[0]!.startsWith(`${dir}/`)).toBe(true);
    expect(await readdir(dir)).toEqual(['2026-11-24T09-30-00Z.json']);
    expect(await readFile(target, 'utf8')).toBe(stableJson(snapshot));
  });

  it('leaves the folder as it was when the write is cut off part-way', async () => {
    const earlier = seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z' });
    await writeFile(join(dir, '2026-11-23T09-30-00Z.json'), stableJson(earlier));
    fault.cutAfter = 100;
    const error = await writeSnapshot(dir, seedSnapshot()).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(RunbookError);
    expect((error as RunbookError).code).toBe('E_WRITE');
    expect((error as Error).message.replaceAll(dir, '<dir>')).toBe(
      '<dir>/2026-11-24T09-30-00Z.json: cannot write the snapshot (ENOSPC: no space left on device, write); check that <dir> is a writable folder',
    );
    // No truncated target, no temporary file: the store reads exactly what it had.
    expect(await readdir(dir)).toEqual(['2026-11-23T09-30-00Z.json']);
    const contents = await readStore(dir);
    expect(contents.skipped).toEqual([]);
    expect(contents.snapshots.map((s) => s.snapshot.capturedAt)).toEqual(['2026-11-23T09:30:00Z']);
  });

  it('never replaces a snapshot of the same time: one line naming the file, the old file kept byte for byte', async () => {
    const target = join(dir, '2026-11-24T09-30-00Z.json');
    const before = stableJson(seedSnapshot({ cluster: { ...seedSnapshot().cluster, name: 'other-cluster' } }));
    await writeFile(target, before);
    const error = await writeSnapshot(dir, seedSnapshot({ source: 'live' })).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(RunbookError);
    expect((error as RunbookError).code).toBe('E_WRITE');
    expect((error as Error).message.replaceAll(dir, '<dir>')).toBe(
      '<dir>/2026-11-24T09-30-00Z.json: the name is taken (a snapshot captured at 2026-11-24T09:30:00Z, the same second as this one) and snapshots are never replaced, so nothing was written; capture again a second later, or move that file away first to replace it',
    );
    expect(await readFile(target, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['2026-11-24T09-30-00Z.json']);
  });

  it('of two captures racing for the same second, exactly one is written, whole, and the other refused', async () => {
    const names = ['cluster-a', 'cluster-b', 'cluster-c', 'cluster-d'];
    const snapshots = names.map((name) => seedSnapshot({ cluster: { ...seedSnapshot().cluster, name } }));
    const results = await Promise.allSettled(snapshots.map((snapshot) => writeSnapshot(dir, snapshot)));
    const written = results.flatMap((result, i) => (result.status === 'fulfilled' ? [i] : []));
    expect(written).toHaveLength(1);
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(refused.map((result) => (result.reason as RunbookError).code)).toEqual(['E_WRITE', 'E_WRITE', 'E_WRITE']);
    expect(refused.every((result) => (result.reason as Error).message.includes('the name is taken (a snapshot captured at 2026-11-24T09:30:00Z, the same second as this one) and snapshots are never replaced'))).toBe(true);
    // The file is the winner's, and no temporary file is left behind.
    expect(await readdir(dir)).toEqual(['2026-11-24T09-30-00Z.json']);
    expect(await readFile(join(dir, '2026-11-24T09-30-00Z.json'), 'utf8')).toBe(stableJson(snapshots[written[0]!]));
  });
});

describe('writeSnapshot: bounds', () => {
  const refusal = (promise: Promise<unknown>) => promise.then(() => null, (caught: unknown) => caught as RunbookError);

  it('refuses a snapshot over the size limit: one line naming the limit and how to raise it, nothing written', async () => {
    const pods = Array.from({ length: 3_000 }, (_, i) => buildPod({ name: `pod-${i}` }));
    const error = await refusal(writeSnapshot(dir, seedSnapshot({ pods }), { ...DEFAULT_LIMITS, maxSnapshotBytes: 1024 * 1024 }));
    expect(error).toBeInstanceOf(RunbookError);
    expect(error!.code).toBe('E_LIMIT');
    expect(error!.message.replaceAll(dir, '<dir>')).toMatch(
      /^<dir>\/2026-11-24T09-30-00Z\.json: the snapshot \(2 MB so far\) exceeds the limit of 1 MB \(KUBE_RUNBOOK_MAX_SNAPSHOT_MB\); nothing was written; if the namespace really holds that much, raise it, e\.g\. KUBE_RUNBOOK_MAX_SNAPSHOT_MB=4$/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes the same snapshot under the default limit', async () => {
    const pods = Array.from({ length: 3_000 }, (_, i) => buildPod({ name: `pod-${i}` }));
    const target = await writeSnapshot(dir, seedSnapshot({ pods }));
    expect((await readFile(target, 'utf8')).length).toBeGreaterThan(1024 * 1024);
  });

  it.each([
    ['a text field', seedSnapshot({ pods: [buildPod({ name: 'kube-proxy-x', containers: [{ ...buildPod().containers[0]!, image: `registry.example/${'a'.repeat(70_000)}` }] })] }), 'pods[0].containers[0].image is 70017 characters'],
    ['a label key', seedSnapshot({ pods: [buildPod({ labels: { app: 'x', ['k'.repeat(70_000)]: 'v' } })] }), 'pods[0].labels has a key of 70000 characters'],
  ])('refuses %s over the text limit, naming the field', async (_name, snapshot, what) => {
    const error = await refusal(writeSnapshot(dir, snapshot));
    expect(error!.code).toBe('E_LIMIT');
    expect(error!.message.replaceAll(dir, '<dir>')).toBe(
      `<dir>/2026-11-24T09-30-00Z.json: ${what}, which exceeds the limit of 65536 characters (KUBE_RUNBOOK_MAX_TEXT_CHARS); nothing was written; no kube-system object holds text that long, so check the input, or if it is real, raise it, e.g. KUBE_RUNBOOK_MAX_TEXT_CHARS=262144`,
    );
    expect(await readdir(dir)).toEqual([]);
  });
});
