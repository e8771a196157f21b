import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../src/site/offline/static-server.ts';
import { snapshotsDir as snapshotsDirOf } from '../../src/site/snapshots-dir.ts';
import { buildSite, projectRoot } from './site-build.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** Base URL (trailing slash) of the built site, served from 127.0.0.1. */
    siteUrl: string;
    /** Folder the site was built into. */
    siteDir: string;
    /** Folder of the snapshots the site was built from. */
    snapshotsDir: string;
  }
}

/** Builds the site once from the shipped snapshots into a temp folder and serves it for every browser test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const snapshotsDir = snapshotsDirOf(projectRoot);
  const siteDir = await buildSite({ snapshotsDir });
  const server = await serveStatic(siteDir);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', siteDir);
  project.provide('snapshotsDir', snapshotsDir);
  return async () => {
    await server.close();
    await rm(siteDir, { recursive: true, force: true });
  };
}
