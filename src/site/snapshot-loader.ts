import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { RunbookError } from '../snapshot/errors.ts';
import { SnapshotSchema } from '../snapshot/schema.ts';
import { readStore } from '../snapshot/store.ts';
import { snapshotsDir } from './snapshots-dir.ts';

/**
 * Content-layer loader for the `snapshots` collection: every valid file of `$SNAPSHOTS_DIR` once per
 * build, keyed by `capturedAt`. `readStore` has already validated each file, so entries are stored
 * as they are (no second zod pass). A bad file stops the build with the store's one-line message.
 */
export function snapshotLoader(): Loader {
  return {
    name: 'kube-runbook-snapshots',
    schema: SnapshotSchema,
    async load(context) {
      const dir = snapshotsDir(fileURLToPath(context.config.root));
      await sync(context, dir);
      // `astro dev`: a new capture shows up without a restart.
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.json')) void sync(context, dir).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}

async function sync({ store, logger, generateDigest }: LoaderContext, dir: string): Promise<void> {
  let contents;
  try {
    contents = await readStore(dir);
  } catch (error) {
    // Expected and fixable: the one line is what the reader needs, not a stack.
    if (error instanceof RunbookError) {
      const oneLine = new Error(error.message);
      oneLine.stack = ''; // Astro prints a "Stack trace:" block for any non-empty stack.
      throw oneLine;
    }
    throw error;
  }
  for (const { file, reason } of contents.skipped) logger.warn(`${file}: skipped, ${reason}`);
  store.clear();
  for (const { snapshot } of contents.snapshots) {
    store.set({ id: snapshot.capturedAt, data: snapshot, digest: generateDigest(snapshot) });
  }
  if (contents.snapshots.length === 0) logger.warn(`no snapshot in ${dir}: the site will say so; take one with npm run snapshot`);
  else logger.info(`${contents.snapshots.length} snapshot(s) from ${dir}`);
}
