/**
 * store.ts' edges: stableJson's sorting and absent values at every level, readStore's order and
 * its errors, and writeSnapshot's refusals (a file planted at the temporary name, a folder without
 * hard links, a snapshot of exactly the size limit). fs.promises is wrapped so a test can see the
 * temporary file's name, make link fail, and hand readdir's names back in reverse order.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/snapshot/limits.ts';
import { readStore, snapshotFileName, stableJson, writeSnapshot } from '../../src/snapshot/store.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

const hooks = vi.hoisted(() => ({ written: [] as string[], linkError: null as string | null, reversedReaddir: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof fs.writeFile = async (file, data, options) => {
    hooks.written.push(String(file));
    return fs.writeFile(file, data, options);
  };
  const link: typeof fs.link = async (existing, path) => {
    if (hooks.linkError) throw Object.assign(new Error(`${hooks.linkError}: operation not permitted, link`), { code: hooks.linkError });
    return fs.link(existing, path);
  };
  const readdir = async (path: string) => {
    const names = await fs.readdir(path);
    return hooks.reversedReaddir ? [...names].sort().reverse() : names;
  };
  return { ...fs, writeFile, link, readdir };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-store-more2-'));
  hooks.written = [];
  hooks.linkError = null;
  hooks.reversedReaddir = false;
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  const error = await promise.then(() => null, (caught: unknown) => caught as Error & { code?: string });
  if (!error) throw new Error('the call did not fail');
  return error;
}

describe('stableJson', () => {
  it('sorts keys at every level and leaves out or nulls what JSON.stringify does, at every level', () => {
    const value = {
      b: { z: 1, y: { q: [{ s: 1, r: 2 }], p: 2 }, gone: undefined },
      a: [1, undefined, () => 1, Symbol('s'), { d: 1, c: undefined }],
      f: () => 1,
      e: undefined,
    };
    expect(stableJson(value)).toBe(`${JSON.stringify({ a: [1, null, null, null, { d: 1 }], b: { y: { p: 2, q: [{ r: 2, s: 1 }] }, z: 1 } }, null, 2)}\n`);
    expect(stableJson([undefined, { b: 1, a: 2 }])).toBe('[\n  null,\n  {\n    "a": 2,\n    "b": 1\n  }\n]\n');
  });
});

describe('readStore', () => {
  it('reads a folder that is not there as empty', async () => {
    expect(await readStore(join(dir, 'missing'))).toEqual({ snapshots: [], skipped: [] });
  });

  it('names a path that is not a folder, keeping the error as the cause', async () => {
    await writeFile(join(dir, 'file'), 'x');
    const error = await failure(readStore(join(dir, 'file')));
    expect([error.code, error.message]).toEqual(['E_SNAPSHOT', `${join(dir, 'file')}: cannot read the snapshot folder (ENOTDIR); check that it is a readable folder`]);
    expect((error.cause as NodeJS.ErrnoException).code).toBe('ENOTDIR');
  });

  it('names a .json entry it cannot read, keeping the error as the cause', async () => {
    await mkdir(join(dir, 'folder.json'));
    const error = await failure(readStore(dir));
    expect([error.code, error.message]).toEqual(['E_SNAPSHOT', `${join(dir, 'folder.json')}: cannot read the snapshot (EISDIR); make it a readable file or remove it`]);
    expect((error.cause as NodeJS.ErrnoException).code).toBe('EISDIR');
  });

  it('lists leftovers by name whatever order the folder gives, and skips only .snapshot-*.tmp files', async () => {
    for (const name of ['.snapshot-1-1764063000000-1.tmp', '.snapshot-2-1764063000000-2.tmp', 'notes.tmp', '.snapshot-notes.txt']) await writeFile(join(dir, name), '{');
    hooks.reversedReaddir = true;
    expect(await readStore(dir)).toEqual({
      snapshots: [],
      skipped: [
        { file: join(dir, '.snapshot-1-1764063000000-1.tmp'), reason: 'temporary file of an interrupted capture; delete it' },
        { file: join(dir, '.snapshot-2-1764063000000-2.tmp'), reason: 'temporary file of an interrupted capture; delete it' },
      ],
    });
  });

  it('orders the snapshots by capture time, not by file name', async () => {
    await writeFile(join(dir, 'a.json'), stableJson(seedSnapshot({ capturedAt: '2026-11-25T09:30:00Z' })));
    await writeFile(join(dir, 'b.json'), stableJson(seedSnapshot({ capturedAt: '2026-11-24T09:30:00Z' })));
    const { snapshots } = await readStore(dir);
    expect(snapshots.map(({ file, snapshot }) => [basename(file), snapshot.capturedAt])).toEqual([
      ['b.json', '2026-11-24T09:30:00Z'],
      ['a.json', '2026-11-25T09:30:00Z'],
    ]);
  });
});

describe('writeSnapshot', () => {
  it('never writes through a file planted at the temporary name (a symlink to another file)', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1764063000000);
    await writeSnapshot(join(dir, 'first'), seedSnapshot());
    const [, counter] = /-(\d+)\.tmp$/.exec(hooks.written[0]!)!;
    const next = `.snapshot-${process.pid}-1764063000000-${Number(counter) + 1}.tmp`;
    await writeFile(join(dir, 'outside.txt'), 'not yours');
    await symlink(join(dir, 'outside.txt'), join(dir, next));

    const error = await failure(writeSnapshot(dir, seedSnapshot()));
    expect([error.code, error.message]).toEqual([
      'E_WRITE',
      `${join(dir, '2026-11-24T09-30-00Z.json')}: cannot write the snapshot (EEXIST: file already exists, open '${join(dir, next)}'); check that ${dir} is a writable folder`,
    ]);
    expect((error.cause as NodeJS.ErrnoException).code).toBe('EEXIST');
    expect(await readFile(join(dir, 'outside.txt'), 'utf8')).toBe('not yours');
    expect((await readdir(dir)).sort()).toEqual(['first', 'outside.txt']);
  });

  it('reports a folder that refuses hard links as a write error, not as a name taken', async () => {
    hooks.linkError = 'EPERM';
    const error = await failure(writeSnapshot(dir, seedSnapshot()));
    expect([error.code, error.message]).toEqual([
      'E_WRITE',
      `${join(dir, '2026-11-24T09-30-00Z.json')}: cannot write the snapshot (EPERM: operation not permitted, link); check that ${dir} is a writable folder`,
    ]);
    expect((error.cause as NodeJS.ErrnoException).code).toBe('EPERM');
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the link error as the cause when the name is taken', async () => {
    await writeSnapshot(dir, seedSnapshot());
    const error = await failure(writeSnapshot(dir, seedSnapshot()));
    expect(error.message).toMatch(/: the name is taken \(a snapshot captured at 2026-11-24T09:30:00Z, /);
    expect((error.cause as NodeJS.ErrnoException).code).toBe('EEXIST');
  });

  it('writes a snapshot of exactly maxSnapshotBytes and refuses it one byte under', async () => {
    const snapshot = seedSnapshot();
    const bytes = Buffer.byteLength(stableJson(snapshot));
    const error = await failure(writeSnapshot(dir, snapshot, { ...DEFAULT_LIMITS, maxSnapshotBytes: bytes - 1 }));
    expect(error.code).toBe('E_LIMIT');
    expect(await readdir(dir)).toEqual([]);
    const target = await writeSnapshot(dir, snapshot, { ...DEFAULT_LIMITS, maxSnapshotBytes: bytes });
    expect(basename(target)).toBe(snapshotFileName(snapshot.capturedAt));
    expect(await readFile(target, 'utf8')).toBe(stableJson(snapshot));
  });
});
