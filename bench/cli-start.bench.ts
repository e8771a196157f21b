/**
 * Cold start of the snapshot CLI: `npm run snapshot -- --help` as a user types it, the built CLI's
 * own start (plain node on build/cli/snapshot.mjs), the TypeScript sources through tsx (how it ran
 * before it was compiled), and bare node as the floor. Each run is a new process; median of RUNS.
 * Goals (issue 15): npm run ≤ 0.5 s, the CLI's own start ≤ 0.15 s.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildCli } from '../scripts/build-cli.mjs';
import { projectRoot } from '../test/browser/site-build.ts';

const RUNS = 7;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median wall time in ms of `command args` run RUNS times from the project root; throws when it fails. */
function time(command: string, args: string[]): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(command, args, { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    runs.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
  }
  return median(runs);
}

const cli = await buildCli();
const rows: [string, number, number | null][] = [
  ['npm run snapshot -- --help', time('npm', ['run', '--silent', 'snapshot', '--', '--help']), 500],
  ['node build/cli/snapshot.mjs --help', time(process.execPath, [cli, '--help']), 150],
  ['node --import tsx scripts/snapshot.ts --help', time(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts/snapshot.ts'), '--help']), null],
  ['node -e 0 (floor)', time(process.execPath, ['-e', '0']), null],
];
console.log(`CLI cold start, median of ${RUNS} runs (Node ${process.version})`);
for (const [name, ms, goal] of rows) {
  console.log(`  ${name.padEnd(46)} ${String(Math.round(ms)).padStart(6)} ms${goal === null ? '' : `  (goal <= ${goal} ms: ${ms <= goal ? 'met' : 'NOT met'})`}`);
}
const [npmRun, built, tsx] = rows.map(([, ms]) => ms);
console.log(`  built / tsx: x${(built! / tsx!).toFixed(2)}; npm run's own cost: ${Math.round(npmRun! - built!)} ms`);
