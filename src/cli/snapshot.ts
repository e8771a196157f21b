import { gapWarning } from '../snapshot/capture/outcomes.ts';
import { readCertificateFiles, readDumps } from '../snapshot/dump.ts';
import { newestDumpTime } from '../snapshot/dump-time.ts';
import { normalize } from '../snapshot/normalize.ts';
import type { Snapshot } from '../snapshot/schema.ts';
import { limitsFromEnv, type Limits } from '../snapshot/limits.ts';
import { writeSnapshot } from '../snapshot/store.ts';
import { isoSeconds } from '../snapshot/time.ts';
import { PREFIX, type CliIO } from './run.ts';
import { checkSnapshotArgs, type SnapshotArgs } from './snapshot-args.ts';

/**
 * `npm run snapshot` once its arguments are parsed: RawState (cluster or dump) -> normalize ->
 * atomic write. The path written goes to `out`, progress and warnings to `log`.
 */
export async function snapshot(parsed: SnapshotArgs, io: CliIO): Promise<void> {
  const args = checkSnapshotArgs(parsed);
  const progress = (line: string) => io.log(`${PREFIX} ${line}`);
  const limits = limitsFromEnv(process.env);
  const taken = await snapshotOf(args, limits, progress);
  const path = await writeSnapshot(args.out, taken, limits);
  progress(`${taken.pods.length} pods, ${taken.workloads.length} workloads, ${taken.nodes.length} nodes, ${taken.gaps.length} gaps`);
  io.out(path);
}

/**
 * The input (dump files or the cluster), normalized. The RawState lives only in here, so it can be
 * collected before the snapshot is written.
 */
async function snapshotOf(args: SnapshotArgs, limits: Limits, progress: (line: string) => void): Promise<Snapshot> {
  // Read before the capture, so a wrong file fails at once rather than after the cluster was read.
  const nodeCertificates = await readCertificateFiles(args.certs, progress);
  if (args.from.length > 0) {
    const now = new Date();
    const raw = await readDumps(args.from, {
      namespace: args.namespace,
      capturedAt: args.capturedAt ?? isoSeconds(now),
      source: args.example ? 'example' : 'file',
      onProgress: progress,
    });
    raw.capturedAtFrom = args.capturedAt === undefined ? 'clock' : 'option';
    // A dump records no time of its own: without --captured-at, its newest API timestamp is when it was taken.
    const inferred = args.capturedAt === undefined ? newestDumpTime(raw, now) : null;
    if (inferred) {
      raw.capturedAt = inferred;
      raw.capturedAtFrom = 'dump';
      progress(`capture time ${inferred}, the newest timestamp in the dump (give --captured-at to set it)`);
    }
    // A live capture warns about each gap as it meets it; the dump reader leaves that to us.
    for (const gap of raw.gaps) progress(gapWarning(gap));
    raw.certificates.push(...nodeCertificates);
    return normalize(raw);
  }
  // Loaded only for a live capture: reading a dump needs no Kubernetes client.
  const { capture } = await import('../snapshot/capture.ts');
  const raw = await capture({ kubeconfig: args.kubeconfig, context: args.context, namespace: args.namespace, onProgress: progress, limits });
  raw.certificates.push(...nodeCertificates);
  return normalize(raw);
}
