import { setFlagsFromString } from 'node:v8';
import { readDumps } from '../snapshot/dump.ts';
import { RunbookError } from '../snapshot/errors.ts';
import { normalize } from '../snapshot/normalize.ts';
import type { Snapshot } from '../snapshot/schema.ts';
import { writeSnapshot } from '../snapshot/store.ts';
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
      capturedAt: args.capturedAt ?? nowSeconds(),
      source: args.example ? 'example' : 'file',
      onProgress: progress,
    });
    // A live capture warns about each gap as it meets it; the dump reader leaves that to us.
    for (const gap of raw.gaps) {
      progress(`warning: ${gap.resource}: ${gap.reason}${gap.httpStatus ? ` (HTTP ${gap.httpStatus})` : ''}: ${gap.message}`);
    }
    return normalize(raw);
  }
  // V8 doubles its young generation, up to 2 x 64 MB on a big machine, while many new objects
  // survive: a capture of 5,000 pods does exactly that, and the process peaked near 390 MB for
  // ~30 MB of live data. At its first size the young generation keeps the peak under 300 MB for
  // about the same time (`npm run bench`). Only this flag takes effect once V8 is running;
  // --max-semi-space-size would have to be on the node command line.
  setFlagsFromString('--semi-space-growth-factor=1');
  // Loaded only for a live capture: reading a dump needs no Kubernetes client.
  const { capture } = await import('../snapshot/capture.ts');
  const raw = await capture({ kubeconfig: args.kubeconfig, context: args.context, namespace: args.namespace, onProgress: progress });
  return normalize(raw);
}

/** Now, in whole seconds: a snapshot's name is its time, and milliseconds only make names longer. */
function nowSeconds(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}
