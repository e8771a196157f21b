/** Reading findings.decisions.yaml: a missing file is no decisions, any other read error stops in one line naming the file. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDecisions } from '../../src/site/decisions-file.ts';

// The real readFile, replaceable per test for an error the file system does not make on demand.
const readFile = vi.hoisted(() => ({ fail: null as Error | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, readFile: (...args: Parameters<typeof real.readFile>) => (readFile.fail ? Promise.reject(readFile.fail) : real.readFile(...args)) };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decisions-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readDecisions', () => {
  it('gives no decisions when the file does not exist', async () => {
    expect(await readDecisions(join(dir, 'findings.decisions.yaml'))).toEqual({ silences: [], severities: [] });
  });

  it('reads the silences and severities of the file', async () => {
    const file = join(dir, 'good.yaml');
    await writeFile(file, 'silences:\n  - rule: lease-churn\n    subject: Lease/kube-controller-manager\n    until: 2026-12-01\n    reason: known\nseverities:\n  - rule: restarts-high\n    severity: warning\n');
    expect(await readDecisions(file)).toEqual({
      silences: [{ rule: 'lease-churn', subject: 'Lease/kube-controller-manager', until: '2026-12-01', reason: 'known' }],
      severities: [{ rule: 'restarts-high', severity: 'warning' }],
    });
  });

  it('refuses a path that is a folder, naming it and the error code', async () => {
    await expect(readDecisions(dir)).rejects.toMatchObject({ name: 'RunbookError', code: 'E_INPUT', message: `${dir}: cannot read the decisions file (EISDIR)` });
  });

  it('names the error by its message when it has no code', async () => {
    readFile.fail = new Error('the disk went away');
    try {
      await expect(readDecisions(join(dir, 'any.yaml'))).rejects.toMatchObject({ name: 'RunbookError', message: `${join(dir, 'any.yaml')}: cannot read the decisions file (the disk went away)` });
    } finally {
      readFile.fail = null;
    }
  });

  it('refuses a bad entry in one line naming the file and the field', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'severities:\n  - rule: lease-churn\n    severity: urgent\n');
    await expect(readDecisions(file)).rejects.toThrow(new RegExp(`^${file}: severities\\[0\\]\\.severity: .*; fix the entry or remove it$`));
  });
});
