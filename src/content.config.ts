import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { snapshotLoader } from './site/snapshot-loader.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  /** Starlight UI strings Starlight lacks in Japanese: the search dialog's (src/content/i18n/ja.json). */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** Cluster snapshots from `$SNAPSHOTS_DIR` (default `snapshots/`), one entry per file, id = capturedAt. */
  snapshots: defineCollection({ loader: snapshotLoader() }),
};
