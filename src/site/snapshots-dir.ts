import { isAbsolute, resolve } from 'node:path';

/** The folder of snapshot files: `$SNAPSHOTS_DIR` (absolute, or relative to `root`), else `<root>/snapshots`. */
export function snapshotsDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SNAPSHOTS_DIR?.trim();
  if (!configured) return resolve(root, 'snapshots');
  return isAbsolute(configured) ? configured : resolve(root, configured);
}
