/** `npm run snapshot`: binds the snapshot command to the process. */
import { runMain } from '../src/cli/run.ts';
import { SNAPSHOT } from '../src/cli/snapshot-args.ts';
import { snapshot } from '../src/cli/snapshot.ts';

await runMain(SNAPSHOT, snapshot);
