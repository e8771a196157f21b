/**
 * What a failed read does to a capture (capture/outcomes.ts) and how reads are run (capture/pool.ts),
 * without a server: the fake-API tests (test/capture/faults.test.ts) show the same through the real client.
 */
import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src/snapshot/capture/connection.ts';
import { ApiError, BadAnswerError, TransportError } from '../../src/snapshot/capture/failures.ts';
import { fatalError, gapOf, type Need } from '../../src/snapshot/capture/outcomes.ts';
import { pool } from '../../src/snapshot/capture/pool.ts';

const conn = { server: new URL('https://10.0.0.1:6443/prefix') } as Connection;

describe('fatalError', () => {
  const cases: [string, unknown, Need, string | null][] = [
    ['401 ends any read', new ApiError(401, 'Unauthorized'), 'optional',
      "E_AUTH https://10.0.0.1:6443: 401 Unauthorized reading leases (Unauthorized); renew the credentials of the kubeconfig's user or pick another --context"],
    ['an optional read only leaves a gap', new ApiError(403, 'forbidden'), 'optional', null],
    ['an unreachable server ends a reach read', new TransportError('refused', 'connect ECONNREFUSED'), 'reach',
      'E_UNREACHABLE https://10.0.0.1:6443: connect ECONNREFUSED while reading leases; check that the cluster is up and that --kubeconfig/--context point at it'],
    ['an untrusted certificate says so', new TransportError('tls', 'self-signed certificate'), 'required',
      "E_UNREACHABLE https://10.0.0.1:6443: self-signed certificate while reading leases; check the cluster's certificate-authority in the kubeconfig (the server's certificate is not trusted)"],
    ['a plain-HTTP server at an https:// address says to check the scheme and port',
      new TransportError('not-tls', 'https://10.0.0.1:6443 did not answer in TLS (ERR_SSL_WRONG_VERSION_NUMBER: wrong version number, as a plain-HTTP server does)'), 'reach',
      "E_UNREACHABLE https://10.0.0.1:6443: https://10.0.0.1:6443 did not answer in TLS (ERR_SSL_WRONG_VERSION_NUMBER: wrong version number, as a plain-HTTP server does) while reading leases; check the scheme and port of the cluster's server in the kubeconfig (an API server speaks https://, on 6443 with kubeadm)"],
    ['a reach read answered with an error is no failure', new ApiError(500, 'boom'), 'reach', null],
    ['403 on pods', new ApiError(403, 'pods is forbidden'), 'required',
      'E_FORBIDDEN https://10.0.0.1:6443: 403 Forbidden listing leases (pods is forbidden); grant the kubeconfig\'s user list on leases (e.g. the "view" ClusterRole)'],
    ['another status on pods', new ApiError(500, 'etcdserver: timeout'), 'required',
      "E_API https://10.0.0.1:6443: HTTP 500 reading leases (etcdserver: timeout); retry later or check the API server's health"],
    ['a bad answer on pods', new BadAnswerError('no Table'), 'required',
      "E_API https://10.0.0.1:6443: bad answer reading leases (no Table); retry later or check the API server's health"],
    ['a bug is not a capture failure', new TypeError('x'), 'required', null],
  ];
  it.each(cases)('%s', (_name, error, need, expected) => {
    const fatal = fatalError(error, 'leases', conn, need);
    expect(fatal ? `${fatal.code} ${fatal.message}` : null).toBe(expected);
    expect(fatal?.cause ?? null).toBe(expected === null ? null : error);
  });
});

describe('gapOf', () => {
  it.each([
    ['403', new ApiError(403, 'forbidden'), false, { resource: 'r', reason: 'forbidden', httpStatus: 403, message: 'forbidden' }],
    ['404 of a plain resource', new ApiError(404, 'not found'), false, { resource: 'r', reason: 'not-found', httpStatus: 404, message: 'not found' }],
    ['404 of a CRD', new ApiError(404, 'not found'), true, { resource: 'r', reason: 'crd-absent', httpStatus: 404, message: 'not found' }],
    ['another status', new ApiError(500, 'boom'), false, { resource: 'r', reason: 'error', httpStatus: 500, message: 'boom' }],
    ['a transport failure, on one line', new TransportError('timeout', 'timed out\n  after 2 s'), false, { resource: 'r', reason: 'error', message: 'timed out after 2 s' }],
    ['a bad answer', new BadAnswerError('no Table'), true, { resource: 'r', reason: 'error', message: 'no Table' }],
  ])('%s', (_name, error, crd, gap) => {
    expect(gapOf(error, 'r', crd)).toEqual(gap);
  });

  it('rethrows a bug', () => {
    const bug = new TypeError('x is undefined');
    expect(() => gapOf(bug, 'r', false)).toThrow(bug);
  });
});

describe('pool', () => {
  /** A task that waits for `release`, recording when it starts and ends. */
  function tracked(log: string[], name: string, fail = false) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const task = async () => {
      log.push(`start ${name}`);
      await released;
      log.push(`end ${name}`);
      if (fail) throw new Error(`${name} failed`);
    };
    return { task, release };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('runs every task with at most `limit` in flight', async () => {
    const log: string[] = [];
    const tasks = ['a', 'b', 'c'].map((name) => tracked(log, name));
    const done = pool(tasks.map((t) => t.task), 2);
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    tasks[0]!.release();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'end a', 'start c']);
    tasks[1]!.release();
    tasks[2]!.release();
    await done;
    expect(log.filter((l) => l.startsWith('end'))).toEqual(['end a', 'end b', 'end c']);
  });

  it('rejects with the first failure and starts no more tasks', async () => {
    const log: string[] = [];
    const tasks = [tracked(log, 'a', true), tracked(log, 'b'), tracked(log, 'c')];
    const done = pool(tasks.map((t) => t.task), 1).then(() => null, (error: Error) => error.message);
    tasks[0]!.release();
    expect(await done).toBe('a failed');
    expect(log).toEqual(['start a', 'end a']);
  });

  it('starts no more tasks in the other workers once one task failed', async () => {
    const log: string[] = [];
    const tasks = [tracked(log, 'a', true), tracked(log, 'b'), tracked(log, 'c')];
    const done = pool(tasks.map((t) => t.task), 2).then(() => null, (error: Error) => error.message);
    await tick();
    tasks[0]!.release();
    expect(await done).toBe('a failed');
    tasks[1]!.release();
    tasks[2]!.release();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'end a', 'end b']);
  });

  it('does nothing for no task', async () => {
    await expect(pool([], 4)).resolves.toBeUndefined();
  });
});
