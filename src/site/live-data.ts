import { findings, type Finding } from '../snapshot/findings.ts';
import { byCapturedAt } from '../snapshot/history.ts';
import type { Snapshot } from '../snapshot/schema.ts';
import { pickLatest } from './pick-latest.ts';

/** What every live block of a page reads: the latest snapshot, its predecessor, findings, build time. */
export type Live = {
  /** Every snapshot of the folder, oldest first. */
  snapshots: Snapshot[];
  latest: Snapshot | null;
  previous: Snapshot | null;
  /** What looks wrong in `latest` (compared with `previous`), most severe first. */
  findings: Finding[];
  /** Build time: ages of the capture (stale or not) are measured against it. */
  now: Date;
  /** A past snapshot shown on its own history page: it is history, so it is never flagged stale. */
  pinned?: boolean;
};

/** Binds snapshots to what the pages show: latest, previous and the latest's findings. */
export function liveFrom(snapshots: readonly Snapshot[], now: Date): Live {
  const sorted = [...snapshots].sort(byCapturedAt);
  const { latest, previous } = pickLatest(sorted);
  return { snapshots: sorted, latest, previous, findings: latest ? findings(latest, previous) : [], now };
}
