import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unexpectedBuildWarnings } from './build-warnings.ts';

/** The project root: the folder holding astro.config.mjs. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** Options for one `astro build`. */
export type SiteBuildOptions = {
  /** Folder of snapshot JSON files the site is built from (SNAPSHOTS_DIR); defaults to `snapshots/`. */
  snapshotsDir?: string;
  /** Where to write the site; a fresh temporary folder when omitted. */
  outDir?: string;
  /** Project root to build (another Astro project, e.g. a plain Starlight site for the bench). */
  root?: string;
};

/**
 * Runs `astro build` in a child process (Vite inside Vitest would share its module graph) and returns
 * the output folder. A build of this project that prints a warning not in build-warnings.ts fails.
 */
export async function buildSite(options: SiteBuildOptions = {}): Promise<string> {
  const root = options.root ?? projectRoot;
  const outDir = options.outDir ?? (await mkdtemp(join(tmpdir(), 'kube-runbook-site-')));
  // Vitest sets NODE_ENV=test and, in its workers, Vite's DEV/PROD/MODE/SSR/BASE_URL: Astro would read them
  // and build a dev-flavoured site (Starlight then swaps search for a notice, no service worker).
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(key)));
  const env = { ...inherited, NODE_ENV: 'production', SNAPSHOTS_DIR: options.snapshotsDir ?? join(projectRoot, 'snapshots'), ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build', '--root', root, '--outDir', outDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`astro build of ${root} into ${outDir} failed (exit ${code}):\n${output.join('').slice(-4000)}`);
  // This project's warnings are read (another project's, such as the bench's plain Starlight, are not ours to fix).
  const unexpected = root === projectRoot ? unexpectedBuildWarnings(output.join('')) : [];
  if (unexpected.length > 0) {
    throw new Error(
      `astro build of ${root} printed ${unexpected.length} warning(s) not on the allow-list; fix each at its cause, or add it to test/browser/build-warnings.ts with its reason and upstream issue:\n${unexpected.join('\n')}`,
    );
  }
  return outDir;
}
