/**
 * The time bound on a kubeconfig's exec credential plugins (capture/exec-plugin.ts), with spawn
 * replaced by a fake child and fake timers: no process is started and no real time passes. The
 * fake-API tests (test/capture/faults.test.ts) show the same with client-node and a real plugin.
 */
import { EventEmitter } from 'node:events';
import type { KubeConfig } from '@kubernetes/client-node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const spawned = vi.hoisted(() => ({ calls: [] as unknown[][], child: null as unknown }));
vi.mock('node:child_process', () => ({
  spawn: (...args: unknown[]) => {
    spawned.calls.push(args);
    return spawned.child;
  },
}));

const { boundExecPlugins } = await import('../../src/snapshot/capture/exec-plugin.ts');

/** A child process as far as the bound uses it: its events, kill() and its three pipes. */
function fakeChild(pipes: { stdin: boolean } = { stdin: true }) {
  const pipe = () => ({ destroy: vi.fn() });
  const child = Object.assign(new EventEmitter(), {
    kill: vi.fn(),
    stdin: pipes.stdin ? pipe() : null,
    stdout: pipe(),
    stderr: pipe(),
  });
  spawned.child = child;
  return child;
}

type ExecFn = (command: string, args: readonly string[], options: object) => unknown;

/** A KubeConfig holding client-node's authenticators: an exec one (with `execFn`) among others. */
function kubeConfig(...authenticators: unknown[]): KubeConfig {
  return { authenticators } as unknown as KubeConfig;
}

const originalExecFn: ExecFn = () => {
  throw new Error('the unbounded execFn ran');
};

beforeEach(() => {
  vi.useFakeTimers();
  spawned.calls = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('boundExecPlugins', () => {
  it('replaces only the exec authenticator\'s execFn, skipping ones without it', () => {
    const azure = { isAuthProvider: () => false };
    const notAFunction = { execFn: 'exec' };
    const exec = { execFn: originalExecFn };
    boundExecPlugins(kubeConfig(null, azure, notAFunction, exec), 1000);
    expect(exec.execFn).not.toBe(originalExecFn);
    expect(azure).toEqual({ isAuthProvider: azure.isAuthProvider });
    expect(notAFunction).toEqual({ execFn: 'exec' });
  });

  it('changes nothing when no authenticator runs plugins', () => {
    const azure = { isAuthProvider: () => false };
    expect(boundExecPlugins(kubeConfig(azure), 1000)).toEqual({ stopped: null });
    expect(azure).toEqual({ isAuthProvider: azure.isAuthProvider });
  });

  it('changes nothing in a KubeConfig without authenticators (a client-node that renamed the field)', () => {
    expect(boundExecPlugins({} as KubeConfig, 1000)).toEqual({ stopped: null });
  });

  it('starts the plugin with client-node\'s arguments and tells onStart its command', () => {
    const exec = { execFn: originalExecFn };
    const started: string[] = [];
    boundExecPlugins(kubeConfig(exec), 1000, (command) => started.push(command));
    const child = fakeChild();
    expect(exec.execFn('aws', ['eks', 'get-token'], { env: {} })).toBe(child);
    expect(started).toEqual(['aws']);
    expect(spawned.calls).toEqual([['aws', ['eks', 'get-token'], { env: {} }]]);
  });

  it('kills a plugin still running at the limit, closes its pipes and says which one it stopped', () => {
    const exec = { execFn: originalExecFn };
    const plugins = boundExecPlugins(kubeConfig(exec), 1000);
    const child = fakeChild();
    exec.execFn('kubelogin', ['get-token'], {});
    vi.advanceTimersByTime(999);
    expect(plugins.stopped).toBeNull();
    expect(child.kill).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(plugins).toEqual({ stopped: { command: 'kubelogin', limitMs: 1000 } });
    expect(child.kill).toHaveBeenCalledExactlyOnceWith('SIGKILL');
    expect(child.stdin!.destroy).toHaveBeenCalledOnce();
    expect(child.stdout.destroy).toHaveBeenCalledOnce();
    expect(child.stderr.destroy).toHaveBeenCalledOnce();
  });

  it('closes the pipes there are when the plugin was started without stdin', () => {
    const exec = { execFn: originalExecFn };
    const plugins = boundExecPlugins(kubeConfig(exec), 50);
    const child = fakeChild({ stdin: false });
    exec.execFn('gke-gcloud-auth-plugin', [], {});
    vi.advanceTimersByTime(50);
    expect(plugins.stopped).toEqual({ command: 'gke-gcloud-auth-plugin', limitMs: 50 });
    expect(child.stdout.destroy).toHaveBeenCalledOnce();
    expect(child.stderr.destroy).toHaveBeenCalledOnce();
  });

  it('keeps a limit above what setTimeout holds at its longest delay, not at once', () => {
    const exec = { execFn: originalExecFn };
    const plugins = boundExecPlugins(kubeConfig(exec), 2 ** 40);
    const child = fakeChild();
    exec.execFn('aws', [], {});
    vi.advanceTimersByTime(2 ** 31 - 2);
    expect(plugins.stopped).toBeNull();
    vi.advanceTimersByTime(1);
    expect(plugins.stopped).toEqual({ command: 'aws', limitMs: 2 ** 40 });
    expect(child.kill).toHaveBeenCalledOnce();
  });

  for (const event of ['exit', 'error'] as const) {
    it(`leaves a plugin alone after its ${event} event`, () => {
      const exec = { execFn: originalExecFn };
      const plugins = boundExecPlugins(kubeConfig(exec), 1000);
      const child = fakeChild();
      exec.execFn('aws', [], {});
      child.emit(event, event === 'exit' ? 0 : new Error('spawn aws ENOENT'));
      vi.advanceTimersByTime(5000);
      expect(plugins.stopped).toBeNull();
      expect(child.kill).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    });
  }
});
