import { applyDecisions, NO_DECISIONS, type Decided, type Decisions } from '../snapshot/decisions.ts';
import { findings } from '../snapshot/findings.ts';
import { byCapturedAt } from '../snapshot/history.ts';
import type { Snapshot } from '../snapshot/schema.ts';
import { pickLatest } from './pick-latest.ts';

/** What every live block of a page reads: the latest snapshot, its predecessor, findings, build time. */
export type Live = {
  /** Every snapshot of the folder, oldest first. */
  snapshots: Snapshot[];
  latest: Snapshot | null;
  previous: Snapshot | null;
  /** What looks wrong in `latest` (compared with `previous`), most severe first, after the project's decisions. */
  findings: Decided['active'];
  /** Findings silenced by the project's decisions, with the silence. */
  silenced: Decided['silenced'];
  /** Build time: ages of the capture (stale or not) are measured against it. */
  now: Date;
  /** A past snapshot shown on its own history page: it is history, so it is never flagged stale. */
  pinned?: boolean;
};

/** Binds snapshots to what the pages show: latest, previous and the latest's findings (silences and severity changes applied). */
export function liveFrom(snapshots: readonly Snapshot[], now: Date, decisions: Decisions = NO_DECISIONS): Live {
  const sorted = [...snapshots].sort(byCapturedAt);
  const { latest, previous } = pickLatest(sorted);
  const decided = applyDecisions(latest ? findings(latest, previous) : [], decisions, now);
  return { snapshots: sorted, latest, previous, findings: decided.active, silenced: decided.silenced, now };
}
