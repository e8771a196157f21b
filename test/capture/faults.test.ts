import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureOptions } from '../../src/snapshot/capture.ts';
import { RunbookError } from '../../src/snapshot/errors.ts';
import { DEFAULT_LIMITS, type Limits } from '../../src/snapshot/limits.ts';
import type { Fault } from '../fake-api/server.ts';
import { harness, portless, type Harness } from './setup.ts';
import { writeKubeconfig } from '../fake-api/kubeconfig.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PODS = '/api/v1/namespaces/kube-system/pods';
const EVENTS = '/api/v1/namespaces/kube-system/events';
const LEASES = '/apis/coordination.k8s.io/v1/namespaces/kube-system/leases';

let h: Harness;
beforeAll(async () => {
  h = await harness({ maxPage: 2, slowMs: 5_000 });
});
afterAll(() => h.close());
beforeEach(() => {
  h.api.requests.length = 0;
  h.lines.length = 0;
});

/**
 * Timeouts for runs with a `slow` fault: short enough for a quick test, long enough (with one retry)
 * that healthy requests on a loaded machine do not time out too.
 */
const SLOW_RUN = { timeoutMs: 1_500, retries: 1 };
const optionsFor = (faults: Fault[]): Partial<CaptureOptions> => ({ pageSize: 2, ...(faults.some((f) => f.respond === 'slow') ? SLOW_RUN : {}) });

/** Runs a capture with these faults (2-item pages, 2 retries, 2 s timeouts) and returns what it threw. */
async function failure(faults: Fault[], options: Partial<CaptureOptions> = {}): Promise<RunbookError> {
  h.api.setFaults(faults);
  const error = await h.run({ ...optionsFor(faults), ...options }).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(RunbookError);
  return error as RunbookError;
}

const podRequests = () => h.api.requests.filter((r) => r.path === PODS);

describe('paging', () => {
  it('follows continue through small pages and loses nothing', async () => {
    h.api.setFaults([]);
    const state = await h.run({ pageSize: 2 });
    expect(state.pods).toHaveLength(6);
    expect(podRequests().map((r) => [r.query['limit'], Boolean(r.query['continue'])])).toEqual([['2', false], ['2', true], ['2', true]]);
  });

  it('never asks for more than 500 items a page', async () => {
    h.api.setFaults([]);
    await h.run({ pageSize: 5_000 });
    expect(new Set(h.api.requests.filter((r) => r.query['limit']).map((r) => r.query['limit']))).toEqual(new Set(['500']));
  });

  it('restarts a list once when its continue token expired (410)', async () => {
    h.api.setFaults([{ path: PODS, respond: 410, onContinue: true, times: 1 }]);
    const state = await h.run({ pageSize: 2 });
    expect(state.pods.map((p) => p.metadata?.name)).toHaveLength(6);
    expect(new Set(state.pods.map((p) => p.metadata?.name)).size).toBe(6);
    expect(podRequests().map((r) => [Boolean(r.query['continue']), r.status])).toEqual([
      [false, 200], [true, 410], [false, 200], [true, 200], [true, 200],
    ]);
  });
});

describe('retries', () => {
  it.each([
    ['429 with Retry-After', { respond: 429, retryAfter: 0 }],
    ['500', { respond: 500 }],
    ['503', { respond: 503 }],
    ['a connection cut mid-body', { respond: 'cut' }],
  ] as const)('retries %s and succeeds', async (_name, fault) => {
    h.api.setFaults([{ path: PODS, times: 2, ...fault }]);
    const state = await h.run({ pageSize: 2 });
    expect(state.pods).toHaveLength(6);
    expect(podRequests()).toHaveLength(5);
    expect(h.lines.filter((l) => l.startsWith('retry: pods:')).map((l) => l.replace(/in \d+ ms/, 'in N ms'))).toHaveLength(2);
  });

  // The header is read off the real response: a 429 asking for 1 s is retried in 1000 ms, not the 250 ms backoff.
  it('waits the Retry-After the server sends', async () => {
    h.api.setFaults([{ path: PODS, times: 1, respond: 429, retryAfter: 1 }]);
    await h.run({ pageSize: 2 });
    expect(h.lines.filter((l) => l.startsWith('retry:')).map((l) => l.replace(/^.*\(/, '('))).toEqual(['(attempt 1/2, in 1000 ms)']);
  });

  it('reports a retry with the server message and the wait', async () => {
    h.api.setFaults([{ path: PODS, times: 1, respond: 500 }]);
    await h.run({ pageSize: 2 });
    expect(h.lines.filter((l) => l.startsWith('retry:'))).toMatchInlineSnapshot(`
      [
        "retry: pods: fault injected on /api/v1/namespaces/kube-system/pods (attempt 1/2, in 250 ms)",
      ]
    `);
  });
});

describe('bounded reads: a hostile server meets a limit, one line, E_LIMIT', () => {
  const MB = 1024 * 1024;
  it.each<[string, Fault[], Partial<Limits>, string]>([
    ['an endless body, even on an optional list', [{ path: EVENTS, respond: 'endless' }], { maxBodyBytes: MB },
      'the answer from 127.0.0.1:PORT for /api/v1/namespaces/kube-system/events exceeds the limit of 1 MB (KUBE_RUNBOOK_MAX_BODY_MB); if the cluster really is that big, raise it, e.g. KUBE_RUNBOOK_MAX_BODY_MB=4'],
    ['a continue token that never runs out', [{ path: PODS, respond: 'looping' }], { maxPages: 20 },
      'the list /api/v1/namespaces/kube-system/pods (20 pages so far) exceeds the limit of 20 (KUBE_RUNBOOK_MAX_PAGES); if the cluster really is that big, raise it, e.g. KUBE_RUNBOOK_MAX_PAGES=80'],
    ['more items than allowed', [], { maxItems: 3 },
      'the list /api/v1/namespaces/kube-system/pods (4 items so far) exceeds the limit of 3 (KUBE_RUNBOOK_MAX_ITEMS); if the cluster really is that big, raise it, e.g. KUBE_RUNBOOK_MAX_ITEMS=12'],
  ])('%s', async (_name, faults, limits, message) => {
    const error = await failure(faults, { limits: { ...DEFAULT_LIMITS, ...limits } });
    expect([error.code, portless(error)]).toEqual(['E_LIMIT', message]);
  });

  it('a body within the limit is read as before', async () => {
    h.api.setFaults([]);
    const state = await h.run({ pageSize: 2, limits: { ...DEFAULT_LIMITS, maxPages: 3, maxItems: 6 } });
    expect(state.pods).toHaveLength(6);
  });
});

describe('failures that end a capture', () => {
  it.each<[string, Fault[], string, string]>([
    ['retries exhausted on pods', [{ path: PODS, respond: 503 }], 'E_API',
      'https://127.0.0.1:PORT: HTTP 503 reading pods (fault injected on /api/v1/namespaces/kube-system/pods); retry later or check the API server\'s health'],
    ['an expired continue token twice', [{ path: PODS, respond: 410, onContinue: true }], 'E_API',
      'https://127.0.0.1:PORT: HTTP 410 reading pods (The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.); retry later or check the API server\'s health'],
    ['a pods answer slower than the timeout', [{ path: PODS, respond: 'slow' }], 'E_UNREACHABLE',
      'https://127.0.0.1:PORT: no complete answer from 127.0.0.1:PORT within 1500 ms while reading pods; check that the cluster is up and that --kubeconfig/--context point at it'],
    ['pods cut every time', [{ path: PODS, respond: 'cut' }], 'E_UNREACHABLE',
      'https://127.0.0.1:PORT: connection to 127.0.0.1:PORT was cut before the answer was complete while reading pods; check that the cluster is up and that --kubeconfig/--context point at it'],
    ['pods forbidden', [{ path: PODS, respond: 403 }], 'E_FORBIDDEN',
      'https://127.0.0.1:PORT: 403 Forbidden listing pods (fault injected on /api/v1/namespaces/kube-system/pods); grant the kubeconfig\'s user list on pods (e.g. the "view" ClusterRole)'],
    ['401 on an optional list', [{ path: '/api/v1/nodes', respond: 401 }], 'E_AUTH',
      'https://127.0.0.1:PORT: 401 Unauthorized reading nodes (fault injected on /api/v1/nodes); renew the credentials of the kubeconfig\'s user or pick another --context'],
  ])('%s', async (_name, faults, code, message) => {
    const error = await failure(faults);
    expect([error.code, portless(error)]).toEqual([code, message]);
  });

  it('redacts a secret-looking value the server quotes in its Status message', async () => {
    const error = await failure([{ path: PODS, respond: 403, message: 'denied for --token=CANARY-status-token' }]);
    expect(error.message).toContain('--token=[redacted]');
    expect(error.message).not.toContain('CANARY-status-token');
  });

  it('gives up after the configured retries', async () => {
    await failure([{ path: PODS, respond: 500 }]);
    expect(podRequests()).toHaveLength(3);
  });

  it('refuses a wrong token with E_AUTH', async () => {
    const { writeKubeconfig } = await import('../fake-api/kubeconfig.ts');
    const kubeconfig = writeKubeconfig(h.dir, h.api, { token: 'wrong' });
    const error = await failure([], { kubeconfig });
    writeKubeconfig(h.dir, h.api);
    expect([error.code, portless(error)]).toEqual(['E_AUTH', 'https://127.0.0.1:PORT: 401 Unauthorized reading version (Unauthorized); renew the credentials of the kubeconfig\'s user or pick another --context']);
  });

  it('names an unreachable server with E_UNREACHABLE', async () => {
    const { writeKubeconfig } = await import('../fake-api/kubeconfig.ts');
    const kubeconfig = writeKubeconfig(h.dir, h.api, { server: 'https://127.0.0.1:1' });
    const error = await failure([], { kubeconfig, retries: 0 });
    writeKubeconfig(h.dir, h.api);
    expect([error.code, error.message]).toEqual(['E_UNREACHABLE', 'https://127.0.0.1:1: connection refused by 127.0.0.1:1 while reading version; check that the cluster is up and that --kubeconfig/--context point at it']);
  });

  it('names an untrusted server certificate with E_UNREACHABLE and a CA hint', async () => {
    const { writeKubeconfig } = await import('../fake-api/kubeconfig.ts');
    const kubeconfig = writeKubeconfig(h.dir, h.api, { withoutCa: true });
    const error = await failure([], { kubeconfig });
    writeKubeconfig(h.dir, h.api);
    expect([error.code, portless(error)]).toEqual(['E_UNREACHABLE', "https://127.0.0.1:PORT: TLS with 127.0.0.1:PORT failed (UNABLE_TO_VERIFY_LEAF_SIGNATURE) while reading version; check the cluster's certificate-authority in the kubeconfig (the server's certificate is not trusted)"]);
  });

  it.each([
    ['without a message', 'false', [], 'it failed without a message'],
    // The plugin's stderr becomes the reason; a token it quotes must not reach the log.
    ['quoting a token', 'sh', ['-c', 'echo "refresh failed: --token=s3cr3t-canary" >&2; exit 1'], 'refresh failed: --token=[redacted]'],
  ])('names a user whose exec credential plugin fails (%s) with E_KUBECONFIG', async (_name, command, args, reason) => {
    const { stringify } = await import('yaml');
    const { writeFileSync } = await import('node:fs');
    const kubeconfig = `${h.dir}/exec-kubeconfig.yaml`;
    writeFileSync(kubeconfig, stringify({
      apiVersion: 'v1', kind: 'Config', 'current-context': 'exec',
      clusters: [{ name: 'c', cluster: { server: h.api.url } }],
      users: [{ name: 'sso-user', user: { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command, args } } }],
      contexts: [{ name: 'exec', context: { cluster: 'c', user: 'sso-user' } }],
    }));
    const error = await failure([], { kubeconfig });
    expect([error.code, error.message]).toEqual(['E_KUBECONFIG', `kubeconfig user "sso-user": cannot get credentials (${reason}); check its exec plugin / auth provider, or pick another --context`]);
  });

  it.each([
    ['sleeps', 'sleep', ['30']],
    // The shell is killed, its child keeps the pipes open: the capture must not wait for it.
    ['leaves a child holding its pipes', 'sh', ['-c', 'sleep 30; echo late']],
  ])('stops an exec credential plugin that %s past the limit: one line naming the command and the limit, E_LIMIT', async (_name, command, args) => {
    const { stringify } = await import('yaml');
    const { writeFileSync } = await import('node:fs');
    const kubeconfig = `${h.dir}/exec-hang-kubeconfig.yaml`;
    writeFileSync(kubeconfig, stringify({
      apiVersion: 'v1', kind: 'Config', 'current-context': 'exec',
      clusters: [{ name: 'c', cluster: { server: h.api.url, 'certificate-authority-data': Buffer.from(h.api.caPem).toString('base64') } }],
      users: [{ name: 'sso-user', user: { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command, args } } }],
      contexts: [{ name: 'exec', context: { cluster: 'c', user: 'sso-user' } }],
    }));
    const started = Date.now();
    const error = await failure([], { kubeconfig, limits: { ...DEFAULT_LIMITS, maxExecMs: 1_000 } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect([error.code, error.message]).toEqual([
      'E_LIMIT',
      `kubeconfig user "sso-user": exec credential plugin "${command}" was stopped without giving credentials: its run exceeds the limit of 1 s (KUBE_RUNBOOK_MAX_EXEC_SECONDS); if it waits for a login, log in with it once by hand first, or raise the limit, e.g. KUBE_RUNBOOK_MAX_EXEC_SECONDS=4`,
    ]);
    expect(h.api.requests).toEqual([]);
    // While it waits, the log says what it is waiting for.
    expect(h.lines).toContain(`kubeconfig user "sso-user": running exec credential plugin "${command}" (stopped after 1 s)`);
  });

  it('lets an exec credential plugin that answers within the limit sign the requests', async () => {
    h.api.setFaults([]);
    const { stringify } = await import('yaml');
    const { writeFileSync } = await import('node:fs');
    const kubeconfig = `${h.dir}/exec-ok-kubeconfig.yaml`;
    const credential = JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: { token: h.api.token } });
    writeFileSync(kubeconfig, stringify({
      apiVersion: 'v1', kind: 'Config', 'current-context': 'exec',
      clusters: [{ name: 'c', cluster: { server: h.api.url, 'certificate-authority-data': Buffer.from(h.api.caPem).toString('base64') } }],
      users: [{ name: 'sso-user', user: { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'sh', args: ['-c', `sleep 0.2; echo '${credential}'`] } } }],
      contexts: [{ name: 'exec', context: { cluster: 'c', user: 'sso-user' } }],
    }));
    const state = await h.run({ kubeconfig, limits: { ...DEFAULT_LIMITS, maxExecMs: 10_000 } });
    expect(state.pods).toHaveLength(6);
  });

  it('warns on insecure-skip-tls-verify, and still captures', async () => {
    h.api.setFaults([]);
    const dir = mkdtempSync(join(tmpdir(), 'kube-runbook-skip-tls-'));
    const kubeconfig = writeKubeconfig(dir, { url: h.api.url, caPem: '', token: h.api.token }, { withoutCa: true });
    const { stringify, parse } = await import('yaml');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const config = parse(readFileSync(kubeconfig, 'utf8'));
    config.clusters[0].cluster['insecure-skip-tls-verify'] = true;
    writeFileSync(kubeconfig, stringify(config));
    const state = await h.run({ kubeconfig });
    expect(state.pods.length).toBeGreaterThan(0);
    expect(h.lines.map((line) => line.replace(new URL(h.api.url).port, 'PORT'))).toContain(
      "warning: https://127.0.0.1:PORT: the kubeconfig sets insecure-skip-tls-verify, so the server's certificate is not checked; set certificate-authority-data instead",
    );
  });

  it('refuses to send a token to a plain http:// server, before any request', async () => {
    const { createServer } = await import('node:http');
    const seen: string[] = [];
    const plain = createServer((request, response) => {
      seen.push(String(request.headers.authorization));
      response.end('{}');
    });
    await new Promise<void>((done) => plain.listen(0, '127.0.0.1', done));
    try {
      const { port } = plain.address() as { port: number };
      const kubeconfig = writeKubeconfig(mkdtempSync(join(tmpdir(), 'kube-runbook-plain-')), { url: `http://127.0.0.1:${port}`, caPem: '', token: 'CANARY-plain-token' }, { withoutCa: true });
      const error = await failure([], { kubeconfig });
      expect([error.code, error.message]).toEqual(['E_KUBECONFIG', `http://127.0.0.1:${port}: the kubeconfig's server is plain http:// and its user has credentials; refusing to send them unencrypted: use the API server's https:// address`]);
      expect(seen).toEqual([]);
    } finally {
      plain.close();
    }
  });

  it('names the scheme when an https:// address is served in plain HTTP, and does not blame the certificate', async () => {
    const { createServer } = await import('node:http');
    const plain = createServer((_request, response) => response.end('{}'));
    await new Promise<void>((done) => plain.listen(0, '127.0.0.1', done));
    try {
      const { port } = plain.address() as { port: number };
      const kubeconfig = writeKubeconfig(mkdtempSync(join(tmpdir(), 'kube-runbook-plain-')), h.api, { server: `https://127.0.0.1:${port}` });
      const error = await failure([], { kubeconfig, retries: 0 });
      expect([error.code, error.message.replaceAll(String(port), 'PORT')]).toEqual([
        'E_UNREACHABLE',
        "https://127.0.0.1:PORT: https://127.0.0.1:PORT did not answer in TLS (EPROTO: wrong version number, as a plain-HTTP server does) while reading version; check the scheme and port of the cluster's server in the kubeconfig (an API server speaks https://, on 6443 with kubeadm)",
      ]);
    } finally {
      plain.close();
    }
  });

  it.each([
    ['a missing kubeconfig', { kubeconfig: '/nonexistent/kubeconfig' }, '/nonexistent/kubeconfig: cannot load the kubeconfig (ENOENT: no such file or directory, open \'/nonexistent/kubeconfig\'); pass a readable file with --kubeconfig'],
    ['an unknown context', { context: 'prod' }, 'KUBECONFIG: no context named "prod" (contexts: fake); pass one of them with --context'],
  ])('rejects %s with E_KUBECONFIG', async (_name, options, message) => {
    const error = await failure([], options);
    expect([error.code, error.message.replace(h.kubeconfig, 'KUBECONFIG')]).toEqual(['E_KUBECONFIG', message]);
  });
});

describe('optional resources that cannot be read become gaps', () => {
  it.each<[string, Fault[], object]>([
    ['events forbidden', [{ path: EVENTS, respond: 403 }], { resource: 'events', reason: 'forbidden', httpStatus: 403 }],
    ['leases failing past the retries', [{ path: LEASES, respond: 500 }], { resource: 'leases', reason: 'error', httpStatus: 500 }],
    ['secrets forbidden', [{ path: '/api/v1/namespaces/kube-system/secrets', respond: 403 }], { resource: 'secrets', reason: 'forbidden', httpStatus: 403 }],
    ['nodes forbidden (cluster-scoped)', [{ path: '/api/v1/nodes', respond: 403 }], { resource: 'nodes', reason: 'forbidden', httpStatus: 403 }],
    ['cluster-info absent', [{ path: '/api/v1/namespaces/kube-public/configmaps/cluster-info', respond: 404 }], { resource: 'kube-public/configmaps/cluster-info', reason: 'not-found', httpStatus: 404 }],
    ['events too slow', [{ path: EVENTS, respond: 'slow' }], { resource: 'events', reason: 'error', message: 'no complete answer from 127.0.0.1:PORT within 1500 ms' }],
    ['/version forbidden', [{ path: '/version', respond: 403 }], { resource: 'version', reason: 'forbidden', httpStatus: 403 }],
  ])('%s', async (_name, faults, gap) => {
    h.api.setFaults(faults);
    const state = await h.run(optionsFor(faults));
    expect(state.pods).toHaveLength(6);
    expect(state.gaps.map((g) => ({ ...g, message: portless(new Error(g.message)) }))).toEqual([expect.objectContaining(gap)]);
    expect(h.lines.filter((l) => l.startsWith('warning:'))).toHaveLength(1);
  });

  it('records an absent SealedSecret CRD as crd-absent', async () => {
    const other = await harness({ sealedSecretsCrd: false });
    try {
      const state = await other.run();
      expect(state.sealedSecrets).toEqual([]);
      expect(state.gaps).toEqual([{ resource: 'sealedsecrets.bitnami.com', reason: 'crd-absent', httpStatus: 404, message: 'the server could not find the requested resource' }]);
      expect(other.lines.filter((l) => l.startsWith('warning:'))).toEqual([
        'warning: sealedsecrets.bitnami.com: crd-absent (404): the server could not find the requested resource; the snapshot will say it is unknown',
      ]);
    } finally {
      await other.close();
    }
  });
});
