import { gapWarning } from '../snapshot/capture/outcomes.ts';
import { readDumps } from '../snapshot/dump.ts';
import { RunbookError } from '../snapshot/errors.ts';
import { normalize } from '../snapshot/normalize.ts';
import type { Snapshot } from '../snapshot/schema.ts';
import { writeSnapshot } from '../snapshot/store.ts';
import { isoSeconds } from '../snapshot/time.ts';
import { parseSnapshotArgs, USAGE, type SnapshotArgs } from './args.ts';

/** Where the CLI writes: the path goes to `out`, everything else (progress, warnings) to `log`. */
export type CliIO = { out: (line: string) => void; log: (line: string) => void };

const PREFIX = 'kube-runbook:';

/**
 * The snapshot CLI without the process around it: arguments -> RawState (cluster or dump) ->
 * normalize -> atomic write. Returns the exit code: 0 written, 1 an expected error (one line, no
 * file), 2 a bug (stack).
 */
export async function runSnapshot(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const args = parseSnapshotArgs(argv);
    if (args.help) {
      io.out(USAGE.trimEnd());
      return 0;
    }
    const progress = (line: string) => io.log(`${PREFIX} ${line}`);
    const snapshot = await snapshotOf(args, progress);
    const path = await writeSnapshot(args.out, snapshot);
    progress(`${snapshot.pods.length} pods, ${snapshot.workloads.length} workloads, ${snapshot.nodes.length} nodes, ${snapshot.gaps.length} gaps`);
    io.out(path);
    return 0;
  } catch (error) {
    if (error instanceof RunbookError) {
      io.log(`${PREFIX} ${error.message}`);
      return 1;
    }
    io.log(`${PREFIX} unexpected error, please report it with the lines below`);
    io.log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 2;
  }
}

/**
 * The input (dump files or the cluster), normalized. The RawState lives only in here, so it can be
 * collected before the snapshot is written.
 */
async function snapshotOf(args: SnapshotArgs & { help: false }, progress: (line: string) => void): Promise<Snapshot> {
  if (args.from.length > 0) {
    const raw = await readDumps(args.from, {
      namespace: args.namespace,
      capturedAt: args.capturedAt ?? isoSeconds(new Date()),
      source: args.example ? 'example' : 'file',
      onProgress: progress,
    });
    // A live capture warns about each gap as it meets it; the dump reader leaves that to us.
    for (const gap of raw.gaps) progress(gapWarning(gap));
    return normalize(raw);
  }
  // Loaded only for a live capture: reading a dump needs no Kubernetes client.
  const { capture } = await import('../snapshot/capture.ts');
  const raw = await capture({ kubeconfig: args.kubeconfig, context: args.context, namespace: args.namespace, onProgress: progress });
  return normalize(raw);
}
