/**
 * Bad snapshot files through readStore and the content loader (the build's path, without a build):
 * one line naming the file, the field and the fix; leftovers of an interrupted capture are skipped,
 * reported and never read. test/browser/bad-data-build.test.ts runs one real build per kind of fault.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSnapshots } from '../../src/site/build-snapshots.ts';
import { readStore, snapshotFileName, stableJson, writeSnapshot } from '../../src/snapshot/store.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/bad-data');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-bad-data-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Copies a fixture into the store under a snapshot's file name. */
async function plant(fixture: string): Promise<void> {
  await copyFile(join(FIXTURES, fixture), join(dir, '2026-11-24T09-30-00Z.json'));
}

/** The error a promise rejects with, its message's temporary folder replaced by `<dir>`. */
async function failure(promise: Promise<unknown>): Promise<{ message: string; stack: string | undefined }> {
  const error = await promise.then(() => null, (caught: Error) => caught);
  if (!error) throw new Error('expected a failure');
  return { message: error.message.replaceAll(dir, '<dir>'), stack: error.stack };
}

/** A build log that records its lines, the temporary folder as `<dir>`. */
function recordingLog() {
  const logs: string[] = [];
  const log = (level: string) => (line: string) => void logs.push(`${level} ${line.replaceAll(dir, '<dir>')}`);
  return { log: { info: log('info'), warn: log('warn') }, logs };
}

describe('a bad snapshot file stops the read with one line naming the file, the field and the fix', () => {
  it.each([
    ['not-json.json', "<dir>/2026-11-24T09-30-00Z.json: not valid JSON (Expected ',' or '}' after property value in JSON at position 301 (line 15 column 1)); capture it again or remove it"],
    ['schema.json', '<dir>/2026-11-24T09-30-00Z.json: pods[3].restarts: Invalid input: expected number, received string; fix the file or capture it again with npm run snapshot'],
    ['newer-version.json', '<dir>/2026-11-24T09-30-00Z.json: schemaVersion: 4 is newer than this kube-runbook knows (3); update kube-runbook or remove the file'],
  ])('%s', async (fixture, message) => {
    await plant(fixture);
    expect((await failure(readStore(dir))).message).toBe(message);
    // The build's read hands Astro the same line and no stack, so the build log shows only that line.
    expect(await failure(loadSnapshots(dir, recordingLog().log))).toEqual({ message, stack: '' });
  });

  it('a file that is JSON but not a snapshot', async () => {
    await writeFile(join(dir, 'notes.json'), '{"todo": "take a snapshot"}\n');
    expect((await failure(readStore(dir))).message).toMatchInlineSnapshot(`"<dir>/notes.json: schemaVersion: expected an integer, received nothing; is this a kube-runbook snapshot?"`);
  });
});

describe('a leftover of an interrupted capture', () => {
  const valid = seedSnapshot();
  // A complete snapshot inside the leftover: it must still not be read.
  const inLeftover = seedSnapshot({ capturedAt: '2026-11-25T09:30:00Z' });

  beforeEach(async () => {
    await writeFile(join(dir, '2026-11-24T09-30-00Z.json'), stableJson(valid));
    await writeFile(join(dir, '.snapshot-4242-1764063000000.tmp'), stableJson(inLeftover));
    await writeFile(join(dir, '.snapshot-4243-1764063000001.tmp'), stableJson(inLeftover).slice(0, 100));
  });

  it('is skipped and reported by readStore, never read as a snapshot', async () => {
    const contents = await readStore(dir);
    expect(contents.snapshots.map(({ snapshot }) => snapshot.capturedAt)).toEqual([valid.capturedAt]);
    expect(contents.skipped.map(({ file, reason }) => `${file.replaceAll(dir, '<dir>')}: ${reason}`)).toMatchInlineSnapshot(`
      [
        "<dir>/.snapshot-4242-1764063000000.tmp: temporary file of an interrupted capture; delete it",
        "<dir>/.snapshot-4243-1764063000001.tmp: temporary file of an interrupted capture; delete it",
      ]
    `);
  });

  it('is a warning in the build log, and the build goes on with the valid snapshots', async () => {
    const { log, logs } = recordingLog();
    const snapshots = await loadSnapshots(dir, log);
    expect(snapshots.map((snapshot) => snapshot.capturedAt)).toEqual([valid.capturedAt]);
    expect(logs).toMatchInlineSnapshot(`
      [
        "warn <dir>/.snapshot-4242-1764063000000.tmp: skipped, temporary file of an interrupted capture; delete it",
        "warn <dir>/.snapshot-4243-1764063000001.tmp: skipped, temporary file of an interrupted capture; delete it",
        "info 1 snapshot(s) from <dir>",
      ]
    `);
  });
});

describe('a store that cannot be read stops with one line naming it', () => {
  it.each([
    ['a file where the folder should be', async () => {
      await writeFile(join(dir, 'file'), '');
      return join(dir, 'file');
    }, '<dir>/file: cannot read the snapshot folder (ENOTDIR); check that it is a readable folder'],
    ['a folder named like a snapshot', async () => {
      await mkdir(join(dir, '2026-11-24T09-30-00Z.json'));
      return dir;
    }, '<dir>/2026-11-24T09-30-00Z.json: cannot read the snapshot (EISDIR); make it a readable file or remove it'],
  ])('%s', async (_, setUp, message) => {
    const error = await failure(readStore(await setUp()));
    expect(error.message).toBe(message);
  });
});

// Failures before the write (unreachable API, auth, forbidden pods) are covered through the CLI in
// test/capture/cli.test.ts; this is the one left: the write itself failing half-way.
describe('a capture whose write fails', () => {
  it('leaves earlier snapshots untouched and no temporary file behind', async () => {
    const earlier = stableJson(seedSnapshot());
    await writeFile(join(dir, '2026-11-24T09-30-00Z.json'), earlier);
    const next = seedSnapshot({ capturedAt: '2026-11-25T09:30:00Z' });
    // A folder where the new file should go: the temporary file is written, the link to its name fails.
    await mkdir(join(dir, snapshotFileName(next.capturedAt)));
    const error = await failure(writeSnapshot(dir, next));
    expect(error.message).toMatch(/^<dir>\/2026-11-25T09-30-00Z\.json: the name is taken .* so nothing was written; /);
    expect((await readdir(dir)).sort()).toEqual(['2026-11-24T09-30-00Z.json', '2026-11-25T09-30-00Z.json']);
    expect(await readFile(join(dir, '2026-11-24T09-30-00Z.json'), 'utf8')).toBe(earlier);
  });
});
