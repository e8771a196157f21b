import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { snapshotLoader } from './site/snapshot-loader.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  /** Cluster snapshots from `$SNAPSHOTS_DIR` (default `snapshots/`), one entry per file, id = capturedAt. */
  snapshots: defineCollection({ loader: snapshotLoader() }),
};
