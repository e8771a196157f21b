import type { Gap, Snapshot } from '../snapshot/schema.ts';

/** The snapshot's gap for `resource`, or null when it was read (or never asked for). */
export function gapFor(snapshot: Snapshot, resource: string): Gap | null {
  return snapshot.gaps.find((gap) => gap.resource === resource) ?? null;
}
