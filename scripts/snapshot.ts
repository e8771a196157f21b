/** `npm run snapshot`: binds the CLI runner to the process. */
import { runSnapshot } from '../src/cli/run.ts';

process.exitCode = await runSnapshot(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  log: (line) => process.stderr.write(`${line}\n`),
});
