import { spawn, type ChildProcess } from 'node:child_process';
import type { KubeConfig } from '@kubernetes/client-node';

/** A connection's exec credential plugins: the one stopped for running past the limit, if any. */
export type ExecPlugins = { stopped: { command: string; limitMs: number } | null };

/** The part of client-node's ExecAuth (2.0.1, exec_auth.js) this bound replaces: how it starts a plugin. */
type ExecAuthLike = { execFn: (command: string, args: readonly string[], options: object) => ChildProcess };

/** The longest delay setTimeout keeps (a larger one fires at once). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Bounds the kubeconfig's exec credential plugins to `limitMs`. client-node runs a plugin with no
 * time bound (a plugin waiting for a browser login never ends) and its open pipes would keep the
 * process alive even after the capture gave up; its ExecAuth starts plugins through an instance
 * field, `execFn`, which is the only hook (the field is private in the types, so a client-node
 * update that renames it fails test/capture/faults.test.ts, not users). A plugin still running at
 * the limit is killed and its pipes closed, so client-node's promise settles; the caller reads
 * `stopped` to tell that from a plugin's own failure. `onStart` hears of each start (a plugin
 * waiting for a login should not look like a silent hang).
 */
export function boundExecPlugins(kc: KubeConfig, limitMs: number, onStart: (command: string) => void = () => {}): ExecPlugins {
  const plugins: ExecPlugins = { stopped: null };
  const authenticators = (kc as unknown as { authenticators?: unknown[] }).authenticators;
  const execAuth = authenticators?.find((one): one is ExecAuthLike => typeof (one as Partial<ExecAuthLike> | null)?.execFn === 'function');
  if (!execAuth) return plugins;
  execAuth.execFn = (command, args, options) => {
    onStart(command);
    const child = spawn(command, args, options);
    const timer = setTimeout(() => {
      plugins.stopped = { command, limitMs };
      child.kill('SIGKILL');
      // A grandchild (`sh -c 'sleep …'`) may still hold the pipes open: close our ends.
      for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
    }, Math.min(limitMs, MAX_TIMER_MS));
    child.once('exit', () => clearTimeout(timer));
    child.once('error', () => clearTimeout(timer));
    return child;
  };
  return plugins;
}
