import { gapName, type GapKey } from './resources.ts';
import type { Gap, Snapshot } from './schema.ts';

/** The snapshot's gap for a registry resource, or null when it was read. */
export function gapFor(snapshot: Pick<Snapshot, 'gaps'>, key: GapKey): Gap | null {
  const name = gapName(key);
  return snapshot.gaps.find((gap) => gap.resource === name) ?? null;
}

/** True when the snapshot could not read the resource, so its absence means nothing. */
export function unread(snapshot: Pick<Snapshot, 'gaps'>, key: GapKey): boolean {
  return gapFor(snapshot, key) !== null;
}
