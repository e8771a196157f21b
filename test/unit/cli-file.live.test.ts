import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/snapshot/parse.ts';
import { harness, type Harness } from '../capture/setup.ts';
import { writeKubeconfig } from '../fake-api/kubeconfig.ts';
import { lastLine, runCliAsync } from '../fixtures/run-cli.ts';

/** The CLI's live path as a user runs it, against the fake API server (capture itself is tested in test/capture). */
describe('npm run snapshot -- --kubeconfig (live)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('captures, writes the file and prints its path last', async () => {
    const out = join(h.dir, 'ok');
    const run = await runCliAsync(['--kubeconfig', h.kubeconfig, '--out', out]);
    expect(run.status).toBe(0);
    const path = lastLine(run.stdout);
    expect(await readdir(out)).toEqual([path.slice(out.length + 1)]);
    const snapshot = parseSnapshotText(await readFile(path, 'utf8'), path);
    expect(snapshot.source).toBe('live');
    expect(snapshot.pods.length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/^kube-runbook: pods: \d+ in \d+ ms$/m);
  });

  it.each([
    ['a rejected token', { token: 'wrong-token' }, /^kube-runbook: https:\/\/127\.0\.0\.1:\d+: 401 Unauthorized/],
    ['an unreachable server', { server: 'https://127.0.0.1:1' }, /^kube-runbook: .*127\.0\.0\.1:1/],
  ])('exits 1 with one line and no file on %s', async (_case, kubeconfigOptions, message) => {
    const dir = join(h.dir, _case.replaceAll(' ', '-'));
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    const kubeconfig = writeKubeconfig(dir, h.api, kubeconfigOptions);
    const run = await runCliAsync(['--kubeconfig', kubeconfig, '--out', join(dir, 'out')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const errors = run.stderr.split('\n').filter((line) => !/retry|retrying/i.test(line) && line !== '');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(await readdir(dir)).toEqual(['kubeconfig.yaml']);
  });
});
