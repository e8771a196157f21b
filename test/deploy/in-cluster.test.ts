import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testCerts } from '../fake-api/certs.ts';
import { startFakeApi, type FakeApi, type LoggedRequest } from '../fake-api/server.ts';
import { parseApiPath } from '../fake-api/resources.ts';
import { fakeCluster } from '../fixtures/fake-api/cluster.ts';
import { lastLine, runEntrypoint, SA_MOUNT, type Run } from './entrypoint.ts';
import { render, renderWith } from './kustomize.ts';
import { allows, describeGrant, grantsOf, type Access } from './rbac.ts';

// Each test runs the CLI in a child process (tsx start-up included): generous on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

const TOKEN_A = 'sa-token-A-0f3c9e1b7d';
const TOKEN_B = 'sa-token-B-8a2d4c6e0f';
const MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

/** Endpoints every authenticated client may read (the default system:discovery role): not ours to grant. */
const DISCOVERY = /^\/(api|apis)(\/[^/]+(\/v[^/]+)?)?$/;

/** The access RBAC checks for one logged request (all are GETs: a list without a name, a get with one). */
function accessOf(request: LoggedRequest): Access | 'discovery' {
  // The logged path has no query: `/readyz?verbose` is checked by RBAC as `/readyz`.
  if (['/version', '/readyz', '/livez'].includes(request.path)) return { verb: 'get', nonResourceURL: request.path };
  const api = parseApiPath(request.path);
  if (api) return { verb: api.name === null ? 'list' : 'get', group: api.resource.group, resource: api.resource.plural, namespace: api.namespace, name: api.name };
  if (DISCOVERY.test(request.path)) return 'discovery';
  throw new Error(`${request.path}: a request the test cannot map to RBAC`);
}

describe('the CronJob\'s capture container in a pod: in-cluster service account, token rotated between runs', () => {
  let dir: string;
  let saDir: string;
  let api: FakeApi;
  const runs: { run: Run; requests: LoggedRequest[]; saReads: string[] }[] = [];

  /** One run as the CronJob's capture container: KUBERNETES_SERVICE_HOST/PORT, the mounted token, no kubeconfig, the handoff folder. */
  async function podRun(name: string): Promise<(typeof runs)[number]> {
    const out = join(dir, name);
    const saLog = join(dir, `${name}.sa-reads`);
    const home = join(dir, `${name}.home`);
    mkdirSync(home);
    const before = api.requests.length;
    const run = await runEntrypoint({
      HOME: home,
      TMPDIR: home,
      KUBERNETES_SERVICE_HOST: '127.0.0.1',
      KUBERNETES_SERVICE_PORT: new URL(api.url).port,
      KUBE_RUNBOOK_STEP: 'capture',
      KUBE_RUNBOOK_HANDOFF_DIR: out,
      NODE_OPTIONS: `--import ${SA_MOUNT}`,
      KUBE_RUNBOOK_TEST_SA_DIR: saDir,
      KUBE_RUNBOOK_TEST_SA_LOG: saLog,
    });
    const result = { run, requests: api.requests.slice(before), saReads: existsSync(saLog) ? readFileSync(saLog, 'utf8').trim().split('\n') : [] };
    runs.push(result);
    return result;
  }

  const startApi = (token: string) => startFakeApi({ cluster: fakeCluster({ caPem: testCerts().caPem, sealedSecretsCrd: true }), token, maxPage: 3 });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deploy-in-cluster-'));
    saDir = join(dir, 'serviceaccount');
    mkdirSync(saDir);
    api = await startApi(TOKEN_A);
    writeFileSync(join(saDir, 'ca.crt'), api.caPem);
    writeFileSync(join(saDir, 'namespace'), 'kube-system');
    writeFileSync(join(saDir, 'token'), TOKEN_A);
  });

  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('run 1 with token A: writes a snapshot, reading the token and CA from the service-account mount', async () => {
    const { run, requests, saReads } = await podRun('run-1');
    expect(run.stderr).not.toContain('unexpected error');
    expect(run.code).toBe(0);
    const file = lastLine(run);
    expect(file.startsWith(join(dir, 'run-1/'))).toBe(true);
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { source: string; cluster: { server: string | null } };
    expect(snapshot.source).toBe('live');
    expect(snapshot.cluster.server).toBe(api.url);
    expect(new Set(saReads)).toEqual(new Set([`${MOUNT}/token`, `${MOUNT}/ca.crt`, `${MOUNT}/namespace`]));
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((r) => r.status === 401)).toEqual([]);
  });

  it('the API now accepts only token B: a run with the old file fails in one line and writes nothing', async () => {
    await api.close();
    api = await startApi(TOKEN_B);
    const { run, requests } = await podRun('run-stale');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').filter((line) => !line.startsWith('kube-runbook: ') || line.includes('unexpected'))).toEqual([]);
    expect(run.stderr.replace(new URL(api.url).port, 'PORT')).toMatchInlineSnapshot(`
      "kube-runbook: https://127.0.0.1:PORT: 401 Unauthorized reading version (Unauthorized); renew the credentials of the kubeconfig's user or pick another --context
      "
    `);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.status === 401)).toBe(true);
    expect(existsSync(join(dir, 'run-stale')) ? readdirSync(join(dir, 'run-stale')) : []).toEqual([]);
  });

  it('run 2 after the kubelet rewrites the token file with B: succeeds without any other change', async () => {
    writeFileSync(join(saDir, 'token'), TOKEN_B);
    const { run, requests } = await podRun('run-2');
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'run-2'))).toHaveLength(1);
    expect(requests.filter((r) => r.status === 401)).toEqual([]);
  });

  it('never prints a token', () => {
    for (const { run } of runs) {
      for (const token of [TOKEN_A, TOKEN_B]) expect(run.stdout + run.stderr).not.toContain(token);
    }
  });

  it('makes only requests the deploy/ RBAC with the secrets opt-in allows, and uses every permission it grants', () => {
    const grants = grantsOf(renderWith('overlays/pvc', ['secrets']));
    const accesses = successfulAccesses();
    const denied = accesses.filter((access) => !grants.some((g) => allows(g, access)));
    expect(denied).toEqual([]);
    const secretLists = runs.flatMap(({ requests }) => requests).filter((r) => r.path.endsWith('/secrets'));
    expect(secretLists.length).toBeGreaterThan(0);
    for (const request of secretLists) expect(request.accept).toMatch(/as=(Table|PartialObjectMetadataList)/);
    const unused = grants.filter((g) => !accesses.some((access) => allows(g, access)));
    expect(unused.map(describeGrant)).toEqual([]);
  });

  it('without the opt-in, the only requests the default RBAC denies are the Secrets lists (a gap, not a failure)', () => {
    const grants = grantsOf(render('overlays/pvc'));
    const denied = successfulAccesses().filter((access) => !grants.some((g) => allows(g, access)));
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((access) => 'resource' in access && access.resource === 'secrets' && access.verb === 'list')).toBe(true);
  });

  function successfulAccesses(): Access[] {
    return runs
      .filter(({ run }) => run.code === 0)
      .flatMap(({ requests }) => requests.map(accessOf))
      .filter((a): a is Access => a !== 'discovery');
  }
});
