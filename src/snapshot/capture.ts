import type { Gap } from './schema.ts';
import { emptyRawState, type KubeObject, type RawState } from './raw.ts';
import { NON_RESOURCES, RESOURCE_KEYS, apiPath, specOf, type ResourceKey } from './resources.ts';
import { connect, type Connection } from './capture/connection.ts';
import { apiServerCertificate, kubeconfigCertificate, kubeletCertificates, type CertificateReads } from './capture/certificates.ts';
import { asDumped } from './capture/dumped.ts';
import { oneLine } from './capture/failures.ts';
import { fatalError, gapOf, gapWarning, type Need } from './capture/outcomes.ts';
import { pool } from './capture/pool.ts';
import { DEFAULT_LIMITS, limitsFromEnv, type Limits } from './limits.ts';
import { MAX_PAGE_SIZE, listAll, type RequestPolicy } from './capture/paging.ts';
import { readHealth } from './capture/health.ts';
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
  /** Body size, pages and items per list, exec plugin time; default: DEFAULT_LIMITS, each raised by its environment variable. */
  limits?: Limits;
  /** Per TLS handshake with a kubelet (its serving certificate); an unreachable one becomes a gap. */
  kubeletTimeoutMs?: number;
};

const DEFAULTS = { pageSize: MAX_PAGE_SIZE, timeoutMs: 30_000, retries: 3, kubeletTimeoutMs: 3_000 };

/** Optional reads run this many at a time: fast on a big cluster, gentle on a small API server. */
const CONCURRENCY = 4;

/**
 * Reads the namespace's objects from a live cluster into a RawState. Throws a RunbookError when the
 * API is unreachable, refuses the credentials, or will not list pods; any other resource that
 * cannot be read becomes a `gaps[]` entry and a warning line.
 */
export async function capture(options: CaptureOptions): Promise<RawState> {
  const limits = options.limits ?? limitsFromEnv(process.env);
  const conn = connect(options, limits.maxExecMs);
  if (conn.kc.getCurrentCluster()?.skipTLSVerify) {
    // Anyone on the path can then read the token and the answers; say so every run, but do not refuse (kubectl does not).
    options.onProgress?.(`warning: ${conn.server.origin}: the kubeconfig sets insecure-skip-tls-verify, so the server's certificate is not checked; set certificate-authority-data instead`);
  }
  try {
    return await captureWith(conn, { ...options, limits });
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
  const limits = options.limits ?? DEFAULT_LIMITS;
  /** The request policy of one read; its retries are reported under the read's name. */
  const policyFor = (resource: string): RequestPolicy => ({
    timeoutMs,
    retries,
    limits,
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
  /** Reads one registry entry into its RawState field: a paged list, the Table form, or one object. */
  const fill = (key: ResourceKey) => async () => {
    const spec = specOf(key);
    const path = apiPath(spec, namespace);
    const policy = policyFor(spec.gap);
    if (spec.scope === 'object') {
      (state as Record<ResourceKey, unknown>)[key] = asDumped((await withRetry(() => getJson(conn, path, policy), policy)) as KubeObject, spec);
      return 1;
    }
    const items = spec.form === 'table'
      ? await listAll(conn, path, { ...policy, pageSize, query: SECRET_TABLE_QUERY, accept: SECRET_TABLE_ACCEPT }, (page) => secretsFromTable(page, namespace))
      : await listAll(conn, path, { ...policy, pageSize, query: spec.query }, (page) => ((page as { items?: KubeObject[] }).items ?? []).map((item) => asDumped(item, spec)));
    (state as Record<ResourceKey, unknown>)[key] = items;
    return items.length;
  };

  // /version first: the cheapest request that proves the server answers and takes the credentials.
  const version = NON_RESOURCES.version;
  await read(version.gap, 'reach', false, async () => {
    const policy = policyFor(version.gap);
    const answer = (await withRetry(() => getJson(conn, version.path, policy), policy)) as { gitVersion?: unknown };
    state.version = typeof answer.gitVersion === 'string' ? answer.gitVersion : null;
    return state.version ?? 'no gitVersion';
  });
  const required = RESOURCE_KEYS.filter((key) => specOf(key).need === 'required');
  for (const key of required) await read(specOf(key).gap, 'required', false, fill(key));
  const health = (['readyz', 'livez'] as const).map((key) => () =>
    read(NON_RESOURCES[key].gap, 'optional', false, async () => {
      const answer = await readHealth(conn, NON_RESOURCES[key].path, policyFor(NON_RESOURCES[key].gap));
      state.apiHealth[key] = answer;
      return `${answer.checks.length} checks, ${answer.passed ? 'passed' : 'failed'}`;
    }));
  await pool(
    [
      ...RESOURCE_KEYS.filter((key) => !required.includes(key)).map((key) => () => read(specOf(key).gap, 'optional', specOf(key).crd === true, fill(key))),
      ...health,
    ],
    CONCURRENCY,
  );

  /** Adds one source's certificates and gaps to the state, with a progress line. */
  const addCertificates = (what: string, reads: CertificateReads) => {
    state.certificates.push(...reads.certificates);
    gaps.push(...reads.gaps);
    progress(`${what}: ${reads.certificates.length} certificates${reads.gaps.length ? `, ${reads.gaps.length} not read` : ''}`);
    for (const gap of reads.gaps) progress(gapWarning(gap));
  };
  addCertificates('API server certificate', await apiServerCertificate(conn, timeoutMs));
  addCertificates('kubeconfig client certificate', await kubeconfigCertificate(conn));
  addCertificates('kubelet certificates', await kubeletCertificates(state.nodes, options.kubeletTimeoutMs ?? DEFAULTS.kubeletTimeoutMs));

  return state;
}
