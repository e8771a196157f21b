import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DEPLOY } from './kustomize.ts';

/** What one run of deploy/entrypoint.sh did. */
export type Run = { code: number | null; stdout: string; stderr: string };

/** The repository root: the test runs the CLI from the working tree, as the image runs it from /app. */
export const APP = join(DEPLOY, '..');

/** The preload that mounts a folder at the in-cluster service-account path (serviceaccount-mount.mjs). */
export const SA_MOUNT = join(import.meta.dirname, 'serviceaccount-mount.mjs');

/**
 * Runs deploy/entrypoint.sh with only the given environment plus PATH (whose first node is the
 * project's Node 24 under npm/npx), like the container: no KUBECONFIG, HOME in a scratch folder.
 * Asynchronous, so a fake server in this process keeps answering.
 */
export function runEntrypoint(env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', [join(DEPLOY, 'entrypoint.sh'), ...args], {
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', KUBE_RUNBOOK_APP: APP, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The last line a run printed on stdout (the entry point prints the written file there). */
export function lastLine(run: Run): string {
  return run.stdout.trimEnd().split('\n').at(-1) ?? '';
}
