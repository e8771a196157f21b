/** `npm run snapshot`: binds the snapshot command to the process. */
import { runMain } from '../src/cli/run.ts';
import { SNAPSHOT } from '../src/cli/snapshot-args.ts';

// The command's body (zod, yaml, the core) is loaded only once the arguments parse: --help and a
// bad flag answer without it.
await runMain(SNAPSHOT, async (args, io) => (await import('../src/cli/snapshot.ts')).snapshot(args, io));
