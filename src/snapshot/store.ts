import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RunbookError } from './errors.ts';
import { parseSnapshotText } from './parse.ts';
import type { Snapshot } from './schema.ts';

/** Temporary files are written beside the target and renamed; a crash leaves one of these behind. */
const TEMP_PREFIX = '.snapshot-';
const TEMP_SUFFIX = '.tmp';

/** `2026-11-24T09:30:00Z` -> `2026-11-24T09-30-00Z.json` (no ':' so the name works on every OS). */
export function snapshotFileName(capturedAt: string): string {
  return `${capturedAt.replaceAll(':', '-')}.json`;
}

/** Stable JSON: keys sorted at every level, two-space indent, trailing newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, field: unknown) => (isPlainObject(field) ? sortKeys(field) : field), 2)}\n`;
}

/** A snapshot store read: the snapshots oldest first, and files that were skipped with why. */
export type StoreContents = {
  snapshots: { file: string; snapshot: Snapshot }[];
  /** Leftovers of interrupted captures: ignored, reported. */
  skipped: { file: string; reason: string }[];
};

/**
 * Reads every snapshot in `dir`, oldest first. A missing folder reads as empty; a file that is not a
 * valid snapshot throws a RunbookError naming it (the build must stop, not guess).
 */
export async function readStore(dir: string): Promise<StoreContents> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { snapshots: [], skipped: [] };
    throw error;
  }
  const contents: StoreContents = { snapshots: [], skipped: [] };
  for (const name of names.sort()) {
    const file = join(dir, name);
    if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) {
      contents.skipped.push({ file, reason: 'temporary file of an interrupted capture; delete it' });
    } else if (name.endsWith('.json')) {
      contents.snapshots.push({ file, snapshot: parseSnapshotText(await readFile(file, 'utf8'), file) });
    }
  }
  contents.snapshots.sort((a, b) => a.snapshot.capturedAt.localeCompare(b.snapshot.capturedAt));
  return contents;
}

/**
 * Writes `snapshot` as `<dir>/<capturedAt>.json` through a temporary file and a rename, so a reader
 * never sees half a file and an interrupted write leaves the folder as it was. Returns the path.
 */
export async function writeSnapshot(dir: string, snapshot: Snapshot): Promise<string> {
  const target = join(dir, snapshotFileName(snapshot.capturedAt));
  const temp = join(dir, `${TEMP_PREFIX}${process.pid}-${Date.now()}${TEMP_SUFFIX}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, stableJson(snapshot), { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    // rm fails too when the folder itself is the problem (ENOTDIR); the error worth reporting is the first one.
    await rm(temp, { force: true }).catch(() => undefined);
    throw new RunbookError('E_WRITE', `${target}: cannot write the snapshot (${(error as Error).message}); check that ${dir} is a writable folder`, { cause: error });
  }
  return target;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key]]));
}
