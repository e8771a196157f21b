import type { Gap } from './schema.ts';
import type { KubeObject, RawState, SecretMeta } from './raw.ts';
import { RunbookError } from './errors.ts';
import { connect, type Connection } from './capture/connection.ts';
import { ApiError, BadAnswerError, TransportError, oneLine } from './capture/failures.ts';
import { LISTS, SECRETS_RESOURCE, SINGLES, VERSION_RESOURCE, type ListSpec } from './capture/lists.ts';
import { MAX_PAGE_SIZE, listAll, type RequestPolicy } from './capture/paging.ts';
import { getJson } from './capture/request.ts';
import { withRetry } from './capture/retry.ts';
import { SECRET_TABLE_ACCEPT, SECRET_TABLE_QUERY, secretsFromTable } from './capture/secrets-table.ts';

/*
 * Why raw pages and not client-node's typed API (CoreV1Api.listNamespacedPod & co.):
 * - the typed calls deserialize through ObjectSerializer into model instances with Date fields,
 *   which RawState does not want (plain JSON, string timestamps: the same shape as a kubectl dump),
 *   and they drop fields the generated models do not know;
 * - that deserialization costs more than the JSON.parse it follows (see `npm run bench`);
 * - the typed API has no Table form, which Secrets need so that their values never travel.
 * So every read goes through one paging loop (capture/paging.ts) over node:https, with the
 * kubeconfig's TLS, credentials and proxy applied by client-node's KubeConfig.applyToHTTPSOptions.
 */

/** How to reach the cluster and how patient to be with it. */
export type CaptureOptions = {
  /** A kubeconfig file; default: KUBECONFIG, ~/.kube/config, then the in-cluster service account. */
  kubeconfig?: string;
  context?: string;
  namespace: string;
  now?: () => Date;
  /** Receives one line per resource read (count, time), retry and gap warnings. */
  onProgress?: (line: string) => void;
  /** Items per page, at most 500. */
  pageSize?: number;
  /** Per request, headers and body. */
  timeoutMs?: number;
  /** Retries of a request after 429, 5xx, a timeout or a cut connection. */
  retries?: number;
};

const DEFAULTS = { pageSize: MAX_PAGE_SIZE, timeoutMs: 30_000, retries: 3 };

/** Optional reads run this many at a time: fast on a big cluster, gentle on a small API server. */
const CONCURRENCY = 4;

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * Makes an item look as in `kubectl get -o json`: kind/apiVersion set, managedFields gone (kubectl
 * hides them by default, no snapshot field reads them, and they are ~40% of a pod's JSON, so
 * dropping them page by page keeps peak memory down), last-applied gone (it can hold values).
 */
function asDumped(item: KubeObject, spec: { apiVersion: string; kind: string }): KubeObject {
  item.apiVersion ??= spec.apiVersion;
  item.kind ??= spec.kind;
  const metadata = item.metadata;
  if (metadata) {
    delete metadata['managedFields'];
    if (metadata.annotations && LAST_APPLIED in metadata.annotations) delete metadata.annotations[LAST_APPLIED];
  }
  return item;
}

/**
 * How much a read matters: `pods` ends the capture on any failure; `reach` (/version) only when the
 * server cannot be reached; `optional` reads leave a gap. A 401 ends the capture whatever the read.
 */
type Need = 'pods' | 'reach' | 'optional';

/** The error that ends a capture, or null when this failure only leaves a gap. */
function fatalError(error: unknown, resource: string, conn: Connection, need: Need): RunbookError | null {
  const server = conn.server.origin;
  if (error instanceof ApiError && error.status === 401) {
    return new RunbookError('E_AUTH', `${server}: 401 Unauthorized reading ${resource} (${error.message}); renew the credentials of the kubeconfig's user or pick another --context`, { cause: error });
  }
  if (need === 'optional') return null;
  if (error instanceof TransportError) {
    const hint = error.kind === 'tls'
      ? "check the cluster's certificate-authority in the kubeconfig (the server's certificate is not trusted)"
      : 'check that the cluster is up and that --kubeconfig/--context point at it';
    return new RunbookError('E_UNREACHABLE', `${server}: ${error.message} while reading ${resource}; ${hint}`, { cause: error });
  }
  if (need === 'reach') return null;
  if (error instanceof ApiError && error.status === 403) {
    return new RunbookError('E_FORBIDDEN', `${server}: 403 Forbidden listing ${resource} (${error.message}); grant the kubeconfig's user list on ${resource} (e.g. the "view" ClusterRole)`, { cause: error });
  }
  if (error instanceof ApiError || error instanceof BadAnswerError) {
    const status = error instanceof ApiError ? `HTTP ${error.status}` : 'bad answer';
    return new RunbookError('E_API', `${server}: ${status} reading ${resource} (${error.message}); retry later or check the API server's health`, { cause: error });
  }
  return null;
}

/** The gap an optional read leaves; anything that is not an API or transport failure is a bug and is rethrown. */
function gapOf(error: unknown, resource: string, crd: boolean): Gap {
  if (error instanceof ApiError) {
    const reason = error.status === 403 ? 'forbidden' : error.status === 404 ? (crd ? 'crd-absent' : 'not-found') : 'error';
    return { resource, reason, httpStatus: error.status, message: error.message };
  }
  if (error instanceof TransportError || error instanceof BadAnswerError) {
    return { resource, reason: 'error', message: oneLine(error.message) };
  }
  throw error;
}

/** Runs `tasks` with at most `limit` in flight; rejects with the first failure and starts no more. */
async function pool(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < tasks.length) {
      try {
        await tasks[next++]!();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

/**
 * Reads the namespace's objects from a live cluster into a RawState. Throws a RunbookError when the
 * API is unreachable, refuses the credentials, or will not list pods; any other resource that
 * cannot be read becomes a `gaps[]` entry and a warning line.
 */
export async function capture(options: CaptureOptions): Promise<RawState> {
  const conn = connect(options);
  try {
    return await captureWith(conn, options);
  } finally {
    conn.agent?.destroy();
  }
}

async function captureWith(conn: Connection, options: CaptureOptions): Promise<RawState> {
  const { namespace } = options;
  const progress = options.onProgress ?? (() => {});
  const capturedAt = (options.now ?? (() => new Date()))().toISOString().replace(/\.\d+Z$/, 'Z');
  const pageSize = options.pageSize ?? DEFAULTS.pageSize;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const retries = options.retries ?? DEFAULTS.retries;
  /** The request policy of one read; its retries are reported under the read's name. */
  const policyFor = (resource: string): RequestPolicy => ({
    timeoutMs,
    retries,
    onRetry: (error, attempt, waitMs) =>
      progress(`retry: ${resource}: ${oneLine((error as Error).message, 120)} (attempt ${attempt}/${retries}, in ${waitMs} ms)`),
  });
  const gaps: Gap[] = [];

  const state: RawState = {
    capturedAt, source: 'live', namespace,
    context: { clusterName: conn.clusterName, server: conn.kc.getCurrentCluster()?.server ?? null },
    version: null,
    pods: [], deployments: [], replicaSets: [], daemonSets: [], statefulSets: [], jobs: [], cronJobs: [],
    nodes: [], services: [], configMaps: [], secrets: [], leases: [], events: [], sealedSecrets: [],
    clusterInfo: null, apiService: null, gaps,
  };

  /** Times one read and turns its failure into a thrown RunbookError or a gap. */
  const read = async (resource: string, need: Need, crd: boolean, run: () => Promise<number | string>) => {
    const started = performance.now();
    try {
      const what = await run();
      progress(`${resource}: ${what} in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      const fatal = fatalError(error, resource, conn, need);
      if (fatal) throw fatal;
      const gap = gapOf(error, resource, crd);
      gaps.push(gap);
      progress(`warning: ${resource}: ${gap.reason}${gap.httpStatus ? ` (${gap.httpStatus})` : ''}: ${gap.message}; the snapshot will say it is unknown`);
    }
  };
  const list = (spec: ListSpec) => async () => {
    const items = await listAll(conn, spec.path.replace('{ns}', encodeURIComponent(namespace)), { ...policyFor(spec.resource), pageSize, query: spec.query },
      (page) => ((page as { items?: KubeObject[] }).items ?? []).map((item) => asDumped(item, spec)));
    state[spec.key] = items;
    return items.length;
  };

  // /version first: the cheapest request that proves the server answers and takes the credentials.
  await read(VERSION_RESOURCE, 'reach', false, async () => {
    const policy = policyFor(VERSION_RESOURCE);
    const version = (await withRetry(() => getJson(conn, '/version', policy), policy)) as { gitVersion?: unknown };
    state.version = typeof version.gitVersion === 'string' ? version.gitVersion : null;
    return state.version ?? 'no gitVersion';
  });
  const [pods, ...others] = LISTS;
  await read(pods!.resource, 'pods', false, list(pods!));

  const single = (key: keyof typeof SINGLES) => async () => {
    const spec = SINGLES[key];
    const policy = policyFor(spec.resource);
    state[key] = asDumped((await withRetry(() => getJson(conn, spec.path, policy), policy)) as KubeObject, spec);
    return 1;
  };
  const secrets = async () => {
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets`;
    const items: SecretMeta[] = await listAll(conn, path, { ...policyFor(SECRETS_RESOURCE), pageSize, query: SECRET_TABLE_QUERY, accept: SECRET_TABLE_ACCEPT },
      (page) => secretsFromTable(page, namespace));
    state.secrets = items;
    return items.length;
  };
  await pool([
    ...others.map((spec) => () => read(spec.resource, 'optional', spec.crd === true, list(spec))),
    () => read(SECRETS_RESOURCE, 'optional', false, secrets),
    () => read(SINGLES.clusterInfo.resource, 'optional', false, single('clusterInfo')),
    () => read(SINGLES.apiService.resource, 'optional', false, single('apiService')),
  ], CONCURRENCY);

  gaps.sort((a, b) => a.resource.localeCompare(b.resource));
  return state;
}
