import { loadSnapshots, buildLog } from './build-snapshots.ts';
import { DECISIONS_FILE, readDecisions } from './decisions-file.ts';
import { liveFrom, type Live } from './live-data.ts';
import { snapshotsDir } from './snapshots-dir.ts';

export type { Live } from './live-data.ts';

let cached: Promise<Live> | undefined;

/** The build's live data, read from the snapshot folder once and shared by every page. */
export function getLive(): Promise<Live> {
  // `astro dev` reads the folder at each request, so a new capture shows on the next reload.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<Live> {
  // Resolved against the project by astro.config.mjs; read when the page renders, in the build's process.
  const snapshots = await loadSnapshots(process.env.KUBE_RUNBOOK_SNAPSHOTS_DIR ?? snapshotsDir(process.cwd()), buildLog);
  return liveFrom(snapshots, new Date(), await readDecisions(DECISIONS_FILE));
}
