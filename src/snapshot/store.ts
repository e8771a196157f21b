import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RunbookError, errorCode } from './errors.ts';
import { byCapturedAt } from './history.ts';
import { DEFAULT_LIMITS, limitError, type Limits } from './limits.ts';
import { longText } from './long-text.ts';
import { isRecord } from './normalize/fields.ts';
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
  return [...stableJsonChunks(value)].join('');
}

/** The value JSON.stringify gives `field`, with keys sorted; also the replacer of every JSON.stringify here. */
const sorted = (_key: string, field: unknown): unknown => (isRecord(field) ? sortKeys(field) : field);

/**
 * stableJson in pieces of about `size` characters, so a 5,000-pod snapshot is written without ever
 * being one string or one sorted copy: the outer levels are walked here, each list item goes
 * through JSON.stringify on its own and is indented to its depth (JSON text has no raw newline
 * inside a string, so every newline starts a line).
 */
function* stableJsonChunks(value: unknown, size = 1 << 16): Generator<string> {
  let pending = '';
  for (const piece of jsonPieces(value, '', 2)) {
    pending += piece;
    // Stryker disable next-line EqualityOperator: the size is a lower bound of a chunk, not an exact one; at exactly `size` either way is right.
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}\n`;
}

/** JSON.stringify(value, sorted, 2) at `indent`, walking `depth` levels of objects and arrays itself. */
function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: how many levels are walked here changes how the text is pieced, never the text (store-json.test.ts pins the text).
  const levelsLeft = depth > 0;
  const walk = levelsLeft && typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!walk) {
    const text = JSON.stringify(value, sorted, 2);
    yield indent ? text.replaceAll('\n', `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  const list = Array.isArray(value);
  // sortKeys' object, not a sort of its own: an object puts integer-like keys first, and JSON.stringify follows it.
  const object = list ? null : sortKeys(value as Record<string, unknown>);
  const keys = object ? Object.keys(object) : null;
  const [open, close] = list ? ['[', ']'] : ['{', '}'];
  let first = true;
  for (let index = 0; index < (keys ?? (value as unknown[])).length; index++) {
    const key = keys?.[index];
    const item = object ? object[key!] : (value as unknown[])[index];
    // What JSON.stringify leaves out of an object, and writes as null in an array.
    const absent = item === undefined || typeof item === 'function' || typeof item === 'symbol';
    if (absent && !list) continue;
    yield `${first ? open : ','}\n${inner}${list ? '' : `${JSON.stringify(key)}: `}`;
    first = false;
    if (absent) yield 'null';
    // Stryker disable next-line ArithmeticOperator: walking more levels changes how the text is pieced, never the text (as levelsLeft above).
    else yield* jsonPieces(item, inner, depth - 1);
  }
  yield first ? `${open}${close}` : `\n${indent}${close}`;
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
    throw new RunbookError('E_SNAPSHOT', `${dir}: cannot read the snapshot folder (${errorCode(error)}); check that it is a readable folder`, { cause: error });
  }
  const contents: StoreContents = { snapshots: [], skipped: [] };
  for (const name of names.sort()) {
    const file = join(dir, name);
    if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) {
      contents.skipped.push({ file, reason: 'temporary file of an interrupted capture; delete it' });
    } else if (name.endsWith('.json')) {
      contents.snapshots.push({ file, snapshot: parseSnapshotText(await readSnapshotFile(file), file) });
    }
  }
  contents.snapshots.sort((a, b) => byCapturedAt(a.snapshot, b.snapshot));
  return contents;
}

/**
 * Writes `snapshot` as `<dir>/<capturedAt>.json` through a temporary file, so a reader never sees half
 * a file and an interrupted write leaves the folder as it was. The temporary file is hard-linked to
 * its name, which fails when the name exists: a snapshot is never replaced, not even by a capture
 * in the same second (another cluster's, or a re-import), and of two racing writers exactly one wins.
 * Refused rather than renamed with a suffix: the site names each snapshot's page by its capture time,
 * so a second file of the same time would collide there. A text field over `limits.maxTextChars` or
 * a file over `limits.maxSnapshotBytes` is refused (E_LIMIT) and nothing is written. Returns the path.
 */
export async function writeSnapshot(dir: string, snapshot: Snapshot, limits: Limits = DEFAULT_LIMITS): Promise<string> {
  const target = join(dir, snapshotFileName(snapshot.capturedAt));
  const long = longText(snapshot, limits.maxTextChars);
  if (long) {
    const what = `${target}: ${long.path || 'the snapshot'} ${long.key ? 'has a key of' : 'is'} ${long.length} characters, which`;
    throw limitError(what, 'maxTextChars', limits, 'nothing was written; no kube-system object holds text that long, so check the input, or if it is real, raise it');
  }
  const temp = join(dir, `${TEMP_PREFIX}${process.pid}-${Date.now()}-${++writes}${TEMP_SUFFIX}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, boundedChunks(stableJsonChunks(snapshot), target, limits), { flag: 'wx' });
    await link(temp, target).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EEXIST' ? alreadyThere(target, snapshot.capturedAt, error) : error;
    });
  } catch (error) {
    throw error instanceof RunbookError ? error : new RunbookError('E_WRITE', `${target}: cannot write the snapshot (${(error as Error).message}); check that ${dir} is a writable folder`, { cause: error });
  } finally {
    // The temporary file may never have been made, or the folder itself be the problem (ENOTDIR):
    // rm's error is then no news, and the error worth reporting is the first one.
    await rm(temp).catch(() => undefined);
  }
  return target;
}

/** The file's chunks, ended by an E_LIMIT error once they pass `limits.maxSnapshotBytes`. */
function* boundedChunks(chunks: Iterable<string>, target: string, limits: Limits): Generator<string> {
  let bytes = 0;
  for (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    if (bytes > limits.maxSnapshotBytes) {
      throw limitError(`${target}: the snapshot (${Math.ceil(bytes / 1024 / 1024)} MB so far)`, 'maxSnapshotBytes', limits, 'nothing was written; if the namespace really holds that much, raise it');
    }
    yield chunk;
  }
}

/** Temporary files of one process differ even within a millisecond. */
let writes = 0;

function alreadyThere(target: string, capturedAt: string, cause: unknown): RunbookError {
  return new RunbookError(
    'E_WRITE',
    `${target}: the name is taken (a snapshot captured at ${capturedAt}, the same second as this one) and snapshots are never replaced, so nothing was written; capture again a second later, or move that file away first to replace it`,
    { cause },
  );
}

async function readSnapshotFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new RunbookError('E_SNAPSHOT', `${file}: cannot read the snapshot (${errorCode(error)}); make it a readable file or remove it`, { cause: error });
  }
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key]]));
}
