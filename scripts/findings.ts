/** `npm run findings`: the newest snapshot's findings for CI and alerting; see src/cli/findings.ts. */
import { FINDINGS, printFindings } from '../src/cli/findings.ts';
import { runMain } from '../src/cli/run.ts';

await runMain(FINDINGS, (args, io) => printFindings(args, io));
