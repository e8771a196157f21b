import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from './site-build.ts';

/**
 * A fresh folder inside the project for one `astro build --outDir`. With an outDir outside the
 * working directory Astro writes its prerender chunks to `<cwd>/.astro/.prerender/`, which two
 * builds at once would share (ENOTEMPTY); inside the project they go under the outDir itself.
 */
export async function freshBuildDir(prefix: string): Promise<string> {
  const parent = join(projectRoot, 'node_modules/.cache/kube-runbook-builds');
  await mkdir(parent, { recursive: true });
  return mkdtemp(join(parent, `${prefix}-`));
}
