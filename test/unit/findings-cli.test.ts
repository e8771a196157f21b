import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDINGS, printFindings } from '../../src/cli/findings.ts';
import { writeSnapshot } from '../../src/snapshot/store.ts';
import { runInProcess } from '../fixtures/run-cli.ts';
import { patchPod, seedSnapshot } from '../support/snapshot-builder.ts';
import { childrenNamed, parseXml } from '../support/xml.ts';

const NOW = new Date('2026-11-25T09:30:00Z');
let noisy: string;
let calm: string;
let empty: string;

beforeAll(async () => {
  noisy = await mkdtemp(join(tmpdir(), 'findings-noisy-'));
  calm = await mkdtemp(join(tmpdir(), 'findings-calm-'));
  empty = await mkdtemp(join(tmpdir(), 'findings-empty-'));
  // The seed: kube-controller-manager at 392 restarts (critical) and its lease changing hands (warning).
  await writeSnapshot(noisy, seedSnapshot());
  const quiet = patchPod(seedSnapshot(), 'kube-controller-manager-rpi-master-1', { restarts: 3 });
  await writeSnapshot(calm, { ...quiet, leases: quiet.leases.map((lease) => ({ ...lease, transitions: 2 })) });
});
afterAll(() => Promise.all([noisy, calm, empty].map((dir) => rm(dir, { recursive: true, force: true }))));

const run = (argv: string[]) => runInProcess(FINDINGS, argv, (args, io) => printFindings(args, io, NOW));

describe('npm run findings', () => {
  it('prints one line per finding, most severe first, and exits 0 without --fail-on', async () => {
    const result = await run(['--snapshots', noisy]);
    expect(result.status).toBe(0);
    expect(result.out.join('\n').split('\n')).toEqual([
      'rpi-cluster kube-system 2026-11-24T09:30:00Z: 2 finding(s)',
      'critical restarts-high Pod/kube-controller-manager-rpi-master-1: kube-controller-manager-rpi-master-1 の再起動回数が多い',
      'warning  lease-churn Lease/kube-controller-manager: リース kube-controller-manager のリーダー交代が多い',
    ]);
  });

  it('prints JSON with rule, severity, subject and topic', async () => {
    const result = await run(['--snapshots', noisy, '--format', 'json']);
    const document = JSON.parse(result.out.join('\n'));
    expect(document).toMatchObject({ cluster: 'rpi-cluster', namespace: 'kube-system', capturedAt: '2026-11-24T09:30:00Z' });
    expect(document.findings.map((f: { rule: string; severity: string; topic: string }) => [f.rule, f.severity, f.topic])).toEqual([
      ['restarts-high', 'critical', 'restarts'],
      ['lease-churn', 'warning', 'lease-churn'],
    ]);
  });

  it.each([
    [['--fail-on', 'critical'], 'kube-runbook: 1 finding(s) at critical or above (--fail-on critical)'],
    [['--fail-on', 'warning'], 'kube-runbook: 2 finding(s) at warning or above (--fail-on warning)'],
  ])('exits 1 with %j when a finding is that severe, after printing them', async (args, line) => {
    const result = await run(['--snapshots', noisy, ...args]);
    expect(result.status).toBe(1);
    expect(result.log).toEqual([line]);
    expect(result.out.join('\n')).toContain('restarts-high');
  });

  it.each([
    [[], 0, '0', []],
    [['--fail-on', 'critical'], 1, '1', ['kube-runbook: 1 finding(s) at critical or above (--fail-on critical)']],
    [['--fail-on', 'warning'], 1, '2', ['kube-runbook: 2 finding(s) at warning or above (--fail-on warning)']],
  ])('prints JUnit XML with %j: exit %i, %s failure(s), the same gate as the exit code', async (args, status, failures, log) => {
    const result = await run(['--snapshots', noisy, '--format', 'junit', ...args]);
    const root = parseXml(result.out.join('\n'));
    expect([result.status, root.attributes.failures, result.log]).toEqual([status, failures, log]);
    expect(childrenNamed(root, 'testsuite').flatMap((suite) => childrenNamed(suite, 'testcase').filter((c) => childrenNamed(c, 'failure').length > 0).map((c) => `${suite.attributes.name} ${c.attributes.name}`))).toEqual(
      ['restarts-high Pod/kube-controller-manager-rpi-master-1', 'lease-churn Lease/kube-controller-manager'].slice(0, Number(failures)),
    );
  });

  it('prints JUnit XML with no failure when nothing is found, and exits 0 under --fail-on warning', async () => {
    const result = await run(['--snapshots', calm, '--format', 'junit', '--fail-on', 'warning']);
    expect([result.status, parseXml(result.out.join('\n')).attributes.failures]).toEqual([0, '0']);
  });

  it('exits 0 with --fail-on warning when nothing is found', async () => {
    const result = await run(['--snapshots', calm, '--fail-on', 'warning']);
    expect([result.status, result.log, result.out]).toEqual([0, [], ['rpi-cluster kube-system 2026-11-24T09:30:00Z: 0 finding(s)']]);
  });

  it.each([
    [['--format', 'xml'], 'kube-runbook: --format: expected text, json, junit, prometheus, received "xml"; see npm run findings -- --help'],
    [['--fail-on', 'info'], 'kube-runbook: --fail-on: expected warning, critical, received "info"; see npm run findings -- --help'],
  ])('refuses %j in one line', async (args, line) => {
    expect(await run(['--snapshots', noisy, ...args])).toEqual({ status: 1, out: [], log: [line] });
  });

  it('honours the decisions file: a silenced critical finding no longer fails the gate', async () => {
    const file = join(noisy, 'decisions.yaml');
    await writeFile(file, 'silences:\n  - rule: restarts-high\n    subject: Pod/kube-controller-manager-rpi-master-1\n    until: 2026-12-01\n    reason: known\n');
    const result = await run(['--snapshots', noisy, '--decisions', file, '--fail-on', 'critical']);
    expect(result.status).toBe(0);
    expect(result.out.join('\n')).toContain('silenced critical restarts-high Pod/kube-controller-manager-rpi-master-1: kube-controller-manager-rpi-master-1 の再起動回数が多い (until 2026-12-01: known)');
  });

  it('refuses a bad decisions file in one line naming the field', async () => {
    const file = join(empty, 'bad.yaml');
    await writeFile(file, 'severities:\n  - rule: lease-churn\n    severity: urgent\n');
    const result = await run(['--snapshots', noisy, '--decisions', file]);
    expect(result.status).toBe(1);
    expect(result.log).toEqual([expect.stringMatching(new RegExp(`^kube-runbook: ${file}: severities\\[0\\]\\.severity: .*; fix the entry or remove it$`))]);
  });

  it('says so when the folder has no snapshot', async () => {
    expect(await run(['--snapshots', empty])).toEqual({
      status: 1,
      out: [],
      log: [`kube-runbook: ${empty}: no snapshot here; take one with npm run snapshot, or pass --snapshots DIR`],
    });
  });
});
