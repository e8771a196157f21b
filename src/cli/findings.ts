/** `npm run findings`: the newest snapshot's findings as text, JSON, JUnit XML or Prometheus metrics, with a severity gate. */
import { resolve } from 'node:path';
import { atOrAbove, FINDING_FORMATS, formatFindings, type FindingFormat } from '../site/findings-export.ts';
import { liveFrom } from '../site/live-data.ts';
import { snapshotsDir } from '../site/snapshots-dir.ts';
import { DECISIONS_FILE, readDecisions } from '../site/decisions-file.ts';
import { RunbookError } from '../snapshot/errors.ts';
import { SEVERITIES, type Severity } from '../snapshot/findings.ts';
import { readStore } from '../snapshot/store.ts';
import { invalidOption } from './args-error.ts';
import { defineCommand, type ArgsOf } from './define.ts';
import type { CliIO } from './run.ts';

/** `npm run findings`: its options, parsing and --help. */
export const FINDINGS = defineCommand({
  name: 'npm run findings --',
  description:
    'Prints the findings of the newest snapshot (compared with the one before it, same cluster).\nExit 1 when --fail-on is given and a finding is that severe or more.',
  options: {
    snapshots: { type: 'string', value: 'DIR', description: 'snapshot folder (default: $SNAPSHOTS_DIR, else snapshots/)' },
    format: { type: 'string', value: 'FORMAT', description: `${FINDING_FORMATS.join(' | ')}`, default: 'text' },
    failOn: { type: 'string', value: 'SEVERITY', description: 'warning | critical: exit 1 when a finding is this severe or more' },
    decisions: { type: 'string', value: 'FILE', description: 'silences and severity changes (absent file: none)', default: DECISIONS_FILE },
  },
});

const GATES: readonly Severity[] = ['warning', 'critical'];

/** Prints the findings on `out`; throws a RunbookError (exit 1) when the gate is crossed or the folder has no snapshot. */
export async function printFindings(args: ArgsOf<typeof FINDINGS>, io: CliIO, now = new Date()): Promise<void> {
  const format = args.format as FindingFormat;
  if (!FINDING_FORMATS.includes(format)) throw invalidOption(FINDINGS, 'format', FINDING_FORMATS.join(', '), args.format);
  const failOn = args.failOn as Severity | undefined;
  if (failOn !== undefined && !GATES.includes(failOn)) throw invalidOption(FINDINGS, 'failOn', GATES.join(', '), args.failOn!);

  const dir = args.snapshots ? resolve(args.snapshots) : snapshotsDir(process.cwd());
  const store = await readStore(dir);
  for (const skipped of store.skipped) io.log(`kube-runbook: ${skipped.file}: skipped (${skipped.reason})`);
  const live = liveFrom(store.snapshots.map((entry) => entry.snapshot), now, await readDecisions(args.decisions));
  if (!live.latest) throw new RunbookError('E_SNAPSHOT', `${dir}: no snapshot here; take one with npm run snapshot, or pass --snapshots DIR`);

  io.out(formatFindings(format, live.latest, { active: live.findings, silenced: live.silenced }, failOn).replace(/\n$/, ''));
  if (failOn) {
    const over = atOrAbove(live.findings, failOn);
    if (over.length > 0) throw new RunbookError('E_FINDINGS', `${over.length} finding(s) at ${failOn} or above (--fail-on ${failOn})`);
  }
}
