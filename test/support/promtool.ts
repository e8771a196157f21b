import { spawnSync } from 'node:child_process';

/** Debian's promtool (bash .ci/run installs it); PROMTOOL names another binary. */
export const PROMTOOL = process.env.PROMTOOL ?? 'promtool';

/** Runs promtool in `cwd` (default docs/monitoring) with `input` on stdin; a missing binary says how to get it. */
export function promtool(args: string[], input?: string, cwd = 'docs/monitoring') {
  const result = spawnSync(PROMTOOL, args, { cwd, input, encoding: 'utf8' });
  if (result.error) throw new Error(`${PROMTOOL}: ${result.error.message}; install it with bash .ci/run (Debian's prometheus package) or set PROMTOOL`);
  return result;
}
