import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkSnapshotArgs, SNAPSHOT, type SnapshotArgs } from '../../src/cli/snapshot-args.ts';
import { snapshot } from '../../src/cli/snapshot.ts';
import { runInProcess } from '../fixtures/run-cli.ts';

/** Runs the CLI in-process and collects what it printed. */
const run = (argv: string[]) => runInProcess(SNAPSHOT, argv, snapshot);

describe('npm run snapshot: arguments', () => {
  it.each([
    [['--bogus'], 'kube-runbook: unknown option --bogus; see npm run snapshot -- --help'],
    [['stray'], 'kube-runbook: unexpected argument stray; see npm run snapshot -- --help'],
    [['--namespace'], "kube-runbook: option '--namespace <value>' argument missing; see npm run snapshot -- --help"],
    [['--namespace', ''], 'kube-runbook: --namespace: expected a value, received an empty string; see npm run snapshot -- --help'],
    [['--example'], 'kube-runbook: --example and --captured-at only apply to --from FILE; see npm run snapshot -- --help'],
    [['--captured-at', '2026-11-24T09:30:00Z'], 'kube-runbook: --example and --captured-at only apply to --from FILE; see npm run snapshot -- --help'],
    [['--from', 'x.json', '--context', 'prod'], 'kube-runbook: --from reads files, not a cluster: drop --kubeconfig/--context or drop --from; see npm run snapshot -- --help'],
    [['--from', 'x.json', '--captured-at', 'yesterday'], 'kube-runbook: --captured-at: expected an ISO-8601 UTC time like 2026-11-24T09:30:00Z, received "yesterday"; see npm run snapshot -- --help'],
    [['--from', 'x.json', '--captured-at', '2026-11-24T09:30:00+09:00'], 'kube-runbook: --captured-at: expected an ISO-8601 UTC time like 2026-11-24T09:30:00Z, received "2026-11-24T09:30:00+09:00"; see npm run snapshot -- --help'],
    [['--from', 'x.json', '--captured-at', '2026-13-45T09:30:00Z'], 'kube-runbook: --captured-at: expected an ISO-8601 UTC time like 2026-11-24T09:30:00Z, received "2026-13-45T09:30:00Z"; see npm run snapshot -- --help'],
    [['--from', 'missing.json'], 'kube-runbook: missing.json: cannot read the dump (ENOENT); check the path given to --from'],
  ])('%j', async (args, expected) => {
    expect(await run(args)).toEqual({ status: 1, out: [], log: [expected] });
  });

  it.each([
    [['--out', '--from', 'x.json'], "kube-runbook: option '--out' argument missing: another option follows it; write --out=VALUE for a value that starts with a dash; see npm run snapshot -- --help"],
    [['--from', ''], 'kube-runbook: --from: expected a value, received an empty string; see npm run snapshot -- --help'],
  ])('%j', async (args, expected) => {
    expect(await run(args)).toEqual({ status: 1, out: [], log: [expected] });
  });

  it('prints help on stdout, the same text as before it was generated', async () => {
    const result = await run(['-h']);
    expect([result.status, result.log]).toEqual([0, []]);
    expect(result.out.join('\n')).toMatchInlineSnapshot(`
      "Usage: npm run snapshot -- [options]

      Captures the state of a namespace as a snapshot file and prints its path as the last line.

      Options:
        --kubeconfig FILE    kubeconfig to use (default: KUBECONFIG, ~/.kube/config, or in-cluster)
        --context NAME       kubeconfig context (default: its current-context)
        --namespace NS       namespace to capture (default: kube-system)
        --out DIR            folder to write the snapshot into (default: snapshots)
        --from PATH          read kubectl get … -o json / -o yaml output, or kubectl cluster-info
                             dump (its stdout, or the --output-directory folder), instead of
                             a cluster; repeat for several files
        --certs FILE         add certificate expiries from a node's disk: the output of
                             sudo kubeadm certs check-expiration -o json or
                             sudo k3s certificate check --output json; with a live capture
                             or --from; repeat for several files
        --example            mark the snapshot as a shipped example (with --from)
        --captured-at ISO    capture time to record, e.g. 2026-11-24T09:30:00Z (with --from)
        -h, --help           show this text"
    `);
  });

  it('types the parsed arguments from the definition', () => {
    expectTypeOf<SnapshotArgs>().toEqualTypeOf<{
      kubeconfig: string | undefined;
      context: string | undefined;
      namespace: string;
      out: string;
      from: string[];
      certs: string[];
      example: boolean;
      capturedAt: string | undefined;
    }>();
  });

  it('keeps a valid --captured-at as the snapshot stores it', () => {
    const args = { kubeconfig: undefined, context: undefined, namespace: 'kube-system', out: 'snapshots', from: ['x.json'], certs: [], example: true };
    expect(checkSnapshotArgs({ ...args, capturedAt: '2026-11-24T09:30:00.000Z' })).toEqual({ ...args, capturedAt: '2026-11-24T09:30:00Z' });
  });
});
