import { describe, expect, it } from 'vitest';
import { runSnapshot } from '../../src/cli/run.ts';

/** Runs the CLI in-process and collects what it printed. */
async function run(args: string[]) {
  const out: string[] = [];
  const log: string[] = [];
  const status = await runSnapshot(args, { out: (line) => out.push(line), log: (line) => log.push(line) });
  return { status, out, log };
}

describe('runSnapshot: arguments', () => {
  it.each([
    [['--bogus'], 'kube-runbook: unknown option --bogus; see npm run snapshot -- --help'],
    [['stray'], 'kube-runbook: unexpected argument stray; see npm run snapshot -- --help'],
    [['--namespace'], "kube-runbook: option '--namespace <value>' argument missing; see npm run snapshot -- --help"],
    [['--namespace', ''], 'kube-runbook: --namespace: expected a value, received an empty string; see npm run snapshot -- --help'],
    [['--example'], 'kube-runbook: --example and --captured-at only apply to --from FILE; see npm run snapshot -- --help'],
    [['--captured-at', '2026-11-24T09:30:00Z'], 'kube-runbook: --example and --captured-at only apply to --from FILE; see npm run snapshot -- --help'],
    [['--from', 'x.json', '--context', 'prod'], 'kube-runbook: --from reads files, not a cluster: drop --kubeconfig/--context or drop --from; see npm run snapshot -- --help'],
    [['--from', 'x.json', '--captured-at', 'yesterday'], 'kube-runbook: --captured-at: expected an ISO-8601 UTC time like 2026-11-24T09:30:00Z, received "yesterday"'],
    [['--from', 'x.json', '--captured-at', '2026-11-24T09:30:00+09:00'], 'kube-runbook: --captured-at: expected an ISO-8601 UTC time like 2026-11-24T09:30:00Z, received "2026-11-24T09:30:00+09:00"'],
    [['--from', 'x.json', '--captured-at', '2026-13-45T09:30:00Z'], 'kube-runbook: --captured-at: expected an ISO-8601 UTC time like 2026-11-24T09:30:00Z, received "2026-13-45T09:30:00Z"'],
    [['--from', 'missing.json'], 'kube-runbook: missing.json: cannot read the dump (ENOENT); check the path given to --from'],
  ])('%j', async (args, expected) => {
    expect(await run(args)).toEqual({ status: 1, out: [], log: [expected] });
  });

  it('prints help on stdout', async () => {
    const result = await run(['-h']);
    expect(result.status).toBe(0);
    expect(result.out.join('\n')).toMatch(/^Usage: npm run snapshot -- \[options\]/);
    expect(result.log).toEqual([]);
  });
});
