/**
 * `npm run build:cli`: compiles the snapshot CLI (scripts/snapshot.ts with src/cli and src/snapshot)
 * into plain ES modules under build/cli/ that `node` runs without tsx: no TypeScript compiled at
 * every start. Packages stay imports, resolved from node_modules at run time. Split into chunks so
 * a dynamic import stays lazy: --help and --from never load @kubernetes/client-node (~1 s to import).
 * Plain JavaScript itself, so it runs on a fresh clone before anything else is built.
 */
import { build } from 'esbuild';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder the CLI is built into, relative to the repository root. */
export const CLI_DIR = 'build/cli';
/** The CLI's entry point in CLI_DIR: what `npm run snapshot` and the container image run. */
export const CLI_ENTRY = 'snapshot.mjs';

/**
 * Builds the CLI into `outdir` (default: CLI_DIR); returns the path of its entry point.
 * @param {string} [outdir]
 * @returns {Promise<string>}
 */
export async function buildCli(outdir = join(root, CLI_DIR)) {
  await build({
    entryPoints: { snapshot: join(root, 'scripts/snapshot.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    // package.json's engines: the oldest Node the CLI must start on.
    target: 'node22.12',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return join(outdir, CLI_ENTRY);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await buildCli();
  process.stderr.write(`kube-runbook: CLI built: ${relative(root, written)}\n`);
}
