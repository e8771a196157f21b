import { RunbookError } from '../snapshot/errors.ts';
import type { Snapshot } from '../snapshot/schema.ts';
import { readStore } from '../snapshot/store.ts';

/** Where the build's messages about the snapshot folder go (the build log). */
export type StoreLog = { warn: (message: string) => void; info: (message: string) => void };

/** The build log's format, as Astro's logger writes it: `[WARN] [label] message`. */
export const buildLog: StoreLog = {
  warn: (message) => console.warn(`[WARN] [kube-runbook-snapshots] ${message}`),
  info: (message) => console.info(`[kube-runbook-snapshots] ${message}`),
};

/**
 * Every valid snapshot of `dir`, read once per build and shared by every page through getLive. Not
 * through Astro's content layer: it would serialise each snapshot into its data store and a bundled
 * module, which for a year of the CronJob (1,460 files) cost more than the rest of the build.
 * A bad file stops the build with the store's one-line message and no stack (Astro prints a
 * "Stack trace:" block for any non-empty stack).
 */
export async function loadSnapshots(dir: string, log: StoreLog): Promise<Snapshot[]> {
  let contents;
  try {
    contents = await readStore(dir);
  } catch (error) {
    if (error instanceof RunbookError) {
      const oneLine = new Error(error.message);
      oneLine.stack = '';
      throw oneLine;
    }
    throw error;
  }
  for (const { file, reason } of contents.skipped) log.warn(`${file}: skipped, ${reason}`);
  if (contents.snapshots.length === 0) log.warn(`no snapshot in ${dir}: the site will say so; take one with npm run snapshot`);
  else log.info(`${contents.snapshots.length} snapshot(s) from ${dir}`);
  return contents.snapshots.map(({ snapshot }) => snapshot);
}
