import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { SNAPSHOT } from '../../src/cli/snapshot-args.ts';
import { snapshot } from '../../src/cli/snapshot.ts';
import { seedArgs } from '../fixtures/raw-state.ts';
import { runInProcess } from '../fixtures/run-cli.ts';

// A bug (anything but a RunbookError) somewhere after the input was read.
vi.mock('../../src/snapshot/normalize.ts', () => ({
  normalize: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'name')");
  },
}));

it('tells a bug from a user error: exit 2, the stack on stderr, no file', async () => {
  const out = await mkdtemp(join(tmpdir(), 'kube-runbook-bug-'));
  const { status, out: stdout, log } = await runInProcess(SNAPSHOT, [...seedArgs('2026-11-24T09:30:00Z'), '--out', out], snapshot);
  expect(status).toBe(2);
  expect(stdout).toEqual([]);
  expect(log.at(-2)).toBe('kube-runbook: unexpected error, please report it with the lines below');
  expect(log.at(-1)).toMatch(/^TypeError: Cannot read properties of undefined \(reading 'name'\)\n\s+at /);
  expect(await readdir(out)).toEqual([]);
});
