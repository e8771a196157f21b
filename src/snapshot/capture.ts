import type { Gap } from './schema.ts';
import { emptyRawState, type KubeObject, type RawState, type SecretMeta } from './raw.ts';
import { connect, type Connection } from './capture/connection.ts';
import { asDumped } from './capture/dumped.ts';
import { oneLine } from './capture/failures.ts';
import { fatalError, gapOf, gapWarning, type Need } from './capture/outcomes.ts';
import { pool } from './capture/pool.ts';
import { LISTS, SECRETS_RESOURCE, SINGLES, VERSION_RESOURCE, type ListSpec } from './capture/lists.ts';
import { MAX_PAGE_SIZE, listAll, type RequestPolicy } from './capture/paging.ts';
import { getJson } from './capture/request.ts';
import { withRetry } from './capture/retry.ts';
import { isoSeconds } from './time.ts';
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
  const capturedAt = isoSeconds(options.now?.() ?? new Date());
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

  const state = emptyRawState({
    capturedAt, source: 'live', namespace, gaps,
    context: { clusterName: conn.clusterName, server: conn.kc.getCurrentCluster()?.server ?? null },
  });

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
      progress(gapWarning(gap));
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

  return state;
}
