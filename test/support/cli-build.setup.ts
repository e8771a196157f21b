/**
 * vitest globalSetup: builds the snapshot CLI (scripts/build-cli.mjs) once per run, so the CLI tests
 * run the artefact `npm run snapshot` and the container image run, not the TypeScript sources.
 */
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
