import { getCollection } from 'astro:content';
import type { Snapshot } from '../snapshot/schema.ts';
import { pickLatest } from './pick-latest.ts';

/** What every live block of a page reads: the latest snapshot, its predecessor, and build time. */
export type Live = {
  /** Every snapshot of the folder, oldest first. */
  snapshots: Snapshot[];
  latest: Snapshot | null;
  previous: Snapshot | null;
  /** Build time: ages of the capture (stale or not) are measured against it. */
  now: Date;
};

let cached: Promise<Live> | undefined;

/** The build's live data, read from the content layer once and shared by every page. */
export function getLive(): Promise<Live> {
  // `astro dev` reloads snapshots as they change; a build reads them once.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<Live> {
  const entries = await getCollection('snapshots');
  const snapshots = entries.map((entry) => entry.data as Snapshot).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  return { snapshots, ...pickLatest(snapshots), now: new Date() };
}
