import { getCollection } from 'astro:content';
import type { Snapshot } from '../snapshot/schema.ts';
import { DECISIONS_FILE, readDecisions } from './decisions-file.ts';
import { liveFrom, type Live } from './live-data.ts';

export type { Live } from './live-data.ts';

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
  return liveFrom(entries.map((entry) => entry.data as Snapshot), new Date(), await readDecisions(DECISIONS_FILE));
}
