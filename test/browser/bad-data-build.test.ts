/**
 * `astro build` (in a child process, as `npm run build` runs it) with one bad snapshot file per kind
 * of fault: the build fails, and the file is named on exactly one line of its output, which says
 * what is wrong with which field and how to fix it. One build per kind: each costs ~20 s.
 */
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBuildDir } from './build-dir.ts';
import { buildSite } from './site-build.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/bad-data');
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kube-runbook-bad-build-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run build with a bad snapshot file', () => {
  it.each([
    ['not-json.json', "not valid JSON (Expected ',' or '}' after property value in JSON at position 301 (line 15 column 1)); capture it again or remove it"],
    ['schema.json', 'pods[3].restarts: Invalid input: expected number, received string; fix the file or capture it again with npm run snapshot'],
    ['newer-version.json', 'schemaVersion: 4 is newer than this kube-runbook knows (3); update kube-runbook or remove the file'],
  ])('%s: stops with one line naming the file and the field', async (fixture, problem) => {
    const snapshotsDir = join(work, fixture.replace('.json', ''));
    const outDir = await freshBuildDir('bad-data');
    const file = join(snapshotsDir, '2026-11-24T09-30-00Z.json');
    await rm(snapshotsDir, { recursive: true, force: true });
    await mkdir(snapshotsDir, { recursive: true });
    await copyFile(join(FIXTURES, fixture), file);

    const output = await buildSite({ snapshotsDir, outDir }).then(
      () => 'the build succeeded',
      (error: Error) => error.message,
    );
    expect(output).toMatch(/failed \(exit 1\)/);
    // Without the colour codes of the log.
    const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((line) => line.includes(file));
    expect(lines).toEqual([`${file}: ${problem}`]);
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(await stat(join(outDir, 'index.html')).then(() => true, () => false)).toBe(false);
    await rm(outDir, { recursive: true, force: true });
  }, 120_000);
});
