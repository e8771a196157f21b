/** The build's read of the snapshot folder: what it says in the build log, in Astro's log format. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildLog, loadSnapshots, type StoreLog } from '../../src/site/build-snapshots.ts';
import { stableJson } from '../../src/snapshot/store.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-build-snapshots-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

function recording(): { log: StoreLog; lines: string[] } {
  const lines: string[] = [];
  return { lines, log: { warn: (message) => lines.push(`warn ${message}`), info: (message) => lines.push(`info ${message}`) } };
}

describe('loadSnapshots', () => {
  it('warns once, naming the folder and how to take one, when it holds no snapshot', async () => {
    const { log, lines } = recording();
    expect(await loadSnapshots(dir, log)).toEqual([]);
    expect(lines).toEqual([`warn no snapshot in ${dir}: the site will say so; take one with npm run snapshot`]);
  });

  it('says how many it read, and warns of nothing, when it holds one', async () => {
    const snapshot = seedSnapshot();
    await writeFile(join(dir, '2026-11-24T09-30-00Z.json'), stableJson(snapshot));
    const { log, lines } = recording();
    expect((await loadSnapshots(dir, log)).map((s) => s.capturedAt)).toEqual(['2026-11-24T09:30:00Z']);
    expect(lines).toEqual([`info 1 snapshot(s) from ${dir}`]);
  });
});

describe('buildLog', () => {
  it('writes a warning as Astro does, [WARN] [label] message, on stderr', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    buildLog.warn('no snapshot in snapshots');
    expect(warn.mock.calls).toEqual([['[WARN] [kube-runbook-snapshots] no snapshot in snapshots']]);
  });

  it('writes information as [label] message', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    buildLog.info('2 snapshot(s) from snapshots');
    expect(info.mock.calls).toEqual([['[kube-runbook-snapshots] 2 snapshot(s) from snapshots']]);
  });
});
