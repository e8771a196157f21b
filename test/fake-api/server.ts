import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KubeObject } from '../../src/snapshot/raw.ts';
import { testCerts } from './certs.ts';
import { discovery } from './discovery.ts';
import { healthAnswer } from './health.ts';
import { apiVersionOf, parseApiPath, type ApiPath } from './resources.ts';

/** What the fake cluster holds: every object (namespaced ones carry metadata.namespace). */
export type FakeCluster = {
  gitVersion: string;
  objects: KubeObject[];
  /** False: the SealedSecret CRD is absent, its paths answer 404 like a real server's. */
  sealedSecretsCrd: boolean;
  /** Checks of `/readyz` and `/livez` that fail (the endpoint then answers 500). */
  failingChecks?: { readyz?: string[]; livez?: string[] };
};

/** A response the server gives instead of the real one, on one path. */
export type Fault = {
  /** URL path without the query, e.g. `/api/v1/namespaces/kube-system/pods`. */
  path: string;
  /**
   * An HTTP status (401/403/404/410/429/500/503), `slow` (headers later than any timeout), `cut` (socket
   * destroyed mid-body), `endless` (a 200 body without Content-Length that never ends), `looping` (the
   * real list page with a `continue` token that never runs out).
   */
  respond: number | 'slow' | 'cut' | 'endless' | 'looping';
  /** Only requests that carry a `continue` token (an expired token is a 410 on those). */
  onContinue?: boolean;
  /** How many requests it hits; every one when absent. */
  times?: number;
  /** For 429: the Retry-After header, in seconds. */
  retryAfter?: number;
  /** The Status message to send instead of the default one. */
  message?: string;
};

/** One request as the server saw it. */
export type LoggedRequest = { path: string; query: Record<string, string>; accept: string; status: number };

export type FakeApiOptions = {
  cluster: FakeCluster;
  /** The bearer token the server accepts. */
  token?: string;
  /** Largest page the server returns, whatever `limit` asks (small pages force many continues). */
  maxPage?: number;
  faults?: Fault[];
  /** Keep every response body in `sentBodies` (tests prove secret values never travel). */
  recordBodies?: boolean;
  /** How long a `slow` response waits before its headers. */
  slowMs?: number;
  /** Serve under this path (`/k8s/clusters/c-1`), as an API behind a proxy such as Rancher's does. */
  pathPrefix?: string;
  /** The serving certificate (from `issueCertificate`); default: the test CA's 127.0.0.1 certificate. */
  serverCert?: { certPem: string; keyPem: string };
};

export type FakeApi = {
  url: string;
  token: string;
  caPem: string;
  requests: LoggedRequest[];
  /** Bodies sent, when `recordBodies` is set. */
  sentBodies: string[];
  /** TLS connections accepted so far. */
  connections(): number;
  /** Replaces the faults (counters restart). */
  setFaults(faults: Fault[]): void;
  close(): Promise<void>;
};

const RESOURCE_VERSION = '424242';

/** A metav1.Status body as the API server sends with an error code. */
function status(code: number, reason: string, message: string) {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}

const REASONS: Record<number, string> = {
  401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 410: 'Expired', 429: 'TooManyRequests', 500: 'InternalError', 503: 'ServiceUnavailable',
};

/** Which form a list is asked in, from the Accept header (secrets answer Table / metadata forms). */
function formOf(accept: string): 'table' | 'metadata' | 'full' {
  if (accept.includes('as=Table')) return 'table';
  if (accept.includes('as=PartialObjectMetadataList')) return 'metadata';
  return 'full';
}

function ageOf(created: string | undefined): string {
  if (!created) return '<unknown>';
  const days = Math.floor((Date.now() - Date.parse(created)) / 86_400_000);
  return `${days}d`;
}

/** The rows of a `kubectl get secrets` Table: Name, Type, Data (key count), Age; the object is metadata only. */
function secretTable(items: KubeObject[], includeObject: string, listMeta: object) {
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    columnDefinitions: [
      { name: 'Name', type: 'string', format: 'name', description: 'Name', priority: 0 },
      { name: 'Type', type: 'string', format: '', description: 'Type', priority: 0 },
      { name: 'Data', type: 'string', format: '', description: 'Data', priority: 0 },
      { name: 'Age', type: 'string', format: '', description: 'Age', priority: 0 },
    ],
    rows: items.map((s) => ({
      cells: [s.metadata?.name, s['type'], Object.keys((s['data'] as object | undefined) ?? {}).length, ageOf(s.metadata?.creationTimestamp)],
      ...(includeObject === 'None'
        ? {}
        : includeObject === 'Object'
          ? { object: s }
          : { object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: s.metadata } }),
    })),
  };
}

function encodeContinue(offset: number): string {
  return Buffer.from(JSON.stringify({ rv: RESOURCE_VERSION, offset })).toString('base64url');
}

function decodeContinue(token: string): number | null {
  try {
    const offset = (JSON.parse(Buffer.from(token, 'base64url').toString()) as { offset?: unknown }).offset;
    return typeof offset === 'number' && offset >= 0 ? offset : null;
  } catch {
    return null;
  }
}

/**
 * Starts an HTTPS Kubernetes API look-alike on 127.0.0.1 (random port) with its own CA: bearer-token
 * auth, `limit`/`continue` paging, Table and metadata forms for Secrets, /version, kubectl discovery,
 * and per-path fault injection.
 */
export async function startFakeApi(options: FakeApiOptions): Promise<FakeApi> {
  const certs = testCerts();
  const token = options.token ?? 'fake-token-0123456789';
  const maxPage = options.maxPage ?? 500;
  const slowMs = options.slowMs ?? 10_000;
  const requests: LoggedRequest[] = [];
  const sentBodies: string[] = [];
  let faults: { fault: Fault; hits: number }[] = [];
  const setFaults = (list: Fault[]) => {
    faults = list.map((fault) => ({ fault, hits: 0 }));
  };
  setFaults(options.faults ?? []);
  const timers = new Set<NodeJS.Timeout>();
  const logs = new WeakMap<IncomingMessage, LoggedRequest>();
  // Serialized pages of the (immutable) cluster, so the server's own JSON.stringify does not dominate benchmarks.
  const pageCache = new Map<string, string>();

  const { cluster } = options;
  const byKind = new Map<string, KubeObject[]>();
  for (const object of cluster.objects) {
    const kind = object.kind ?? '';
    byKind.set(kind, [...(byKind.get(kind) ?? []), object]);
  }

  const send = (req: IncomingMessage, res: ServerResponse, code: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    if (options.recordBodies) sentBodies.push(text);
    const log = logs.get(req);
    if (log) log.status = code;
    res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };

  const sendStatus = (req: IncomingMessage, res: ServerResponse, code: number, message: string, headers: Record<string, string> = {}) =>
    send(req, res, code, status(code, REASONS[code] ?? 'Unknown', message), headers);

  const listItems = (api: ApiPath): KubeObject[] =>
    (byKind.get(api.resource.kind) ?? [])
      .filter((o) => api.namespace === null || o.metadata?.namespace === api.namespace)
      .sort((a, b) => `${a.metadata?.namespace}/${a.metadata?.name}`.localeCompare(`${b.metadata?.namespace}/${b.metadata?.name}`));

  const fieldSelect = (items: KubeObject[], selector: string | undefined): KubeObject[] => {
    if (!selector) return items;
    const pairs = selector.split(',').map((p) => p.split('='));
    return items.filter((o) => pairs.every(([k, v]) => k === 'type' && o['type'] === v));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const prefix = options.pathPrefix ?? '';
    if (prefix && !url.pathname.startsWith(`${prefix}/`)) {
      res.writeHead(404).end();
      return;
    }
    url.pathname = url.pathname.slice(prefix.length);
    const query = Object.fromEntries(url.searchParams);
    const accept = String(req.headers.accept ?? '');
    const log: LoggedRequest = { path: url.pathname, query, accept, status: 0 };
    requests.push(log);
    logs.set(req, log);

    if (req.headers.authorization !== `Bearer ${token}`) {
      return sendStatus(req, res, 401, 'Unauthorized');
    }

    const active = faults.find(({ fault, hits }) =>
      fault.path === url.pathname && (fault.times === undefined || hits < fault.times) && (!fault.onContinue || query['continue']));
    if (active) {
      active.hits++;
      const { respond, retryAfter, message: faultMessage } = active.fault;
      if (respond === 'slow') {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) sendStatus(req, res, 504, 'too late');
        }, slowMs);
        timers.add(timer);
        return;
      }
      if (respond === 'endless') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"kind":"List","items":["');
        const chunk = 'x'.repeat(64 * 1024);
        const more = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', more);
        };
        more();
        return;
      }
      if (respond === 'looping') {
        return send(req, res, 200, { kind: 'List', apiVersion: 'v1', metadata: { resourceVersion: '1', continue: `loop-${active.hits}` }, items: [] });
      }
      if (respond === 'cut') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
        res.write('{"kind":"List","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[{"metadata":{"name":"cut-');
        setImmediate(() => req.socket.destroy());
        return;
      }
      const message = faultMessage ?? (respond === 410
        ? 'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.'
        : `fault injected on ${url.pathname}`);
      return sendStatus(req, res, respond, message, retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) });
    }

    if (url.pathname === '/readyz' || url.pathname === '/livez') {
      const endpoint = url.pathname === '/readyz' ? 'readyz' : 'livez';
      const { status: code, body } = healthAnswer(endpoint, cluster.failingChecks?.[endpoint]);
      log.status = code;
      if (options.recordBodies) sentBodies.push(body);
      res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
      res.end(body);
      return;
    }
    if (url.pathname === '/version') {
      return send(req, res, 200, { major: '1', minor: cluster.gitVersion.split('.')[1] ?? '', gitVersion: cluster.gitVersion, platform: 'linux/arm64' });
    }
    const disco = discovery(url.pathname, cluster.sealedSecretsCrd);
    if (disco) return send(req, res, 200, disco);

    const api = parseApiPath(url.pathname);
    if (!api || (api.resource.plural === 'sealedsecrets' && !cluster.sealedSecretsCrd)) {
      return sendStatus(req, res, 404, 'the server could not find the requested resource');
    }
    const { resource } = api;
    if (api.name !== null) {
      const object = listItems(api).find((o) => o.metadata?.name === api.name);
      if (!object) return sendStatus(req, res, 404, `${resource.plural} "${api.name}" not found`);
      return send(req, res, 200, object);
    }

    let offset = 0;
    if (query['continue']) {
      const decoded = decodeContinue(query['continue']);
      if (decoded === null) return sendStatus(req, res, 400, 'continue key is not valid');
      offset = decoded;
    }
    const limit = Math.min(Number(query['limit']) || Number.POSITIVE_INFINITY, maxPage);
    const form = resource.plural === 'secrets' ? formOf(accept) : 'full';
    const key = `${url.pathname}|${query['fieldSelector'] ?? ''}|${offset}|${limit}|${form}|${query['includeObject'] ?? ''}`;
    const cached = pageCache.get(key);
    if (cached) return send(req, res, 200, cached);

    const all = fieldSelect(listItems(api), query['fieldSelector']);
    const items = all.slice(offset, offset + limit);
    const more = offset + items.length < all.length;
    const listMeta = {
      resourceVersion: RESOURCE_VERSION,
      ...(more ? { continue: encodeContinue(offset + items.length), remainingItemCount: all.length - offset - items.length } : {}),
    };
    let body: object;
    if (form === 'table') {
      body = secretTable(items, query['includeObject'] ?? 'Metadata', listMeta);
    } else if (form === 'metadata') {
      body = {
        kind: 'PartialObjectMetadataList',
        apiVersion: 'meta.k8s.io/v1',
        metadata: listMeta,
        items: items.map((o) => ({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata })),
      };
    } else {
      // Like the real server: list items carry neither kind nor apiVersion, the list does.
      body = {
        kind: `${resource.kind}List`,
        apiVersion: apiVersionOf(resource),
        metadata: listMeta,
        items: items.map(({ kind: _kind, apiVersion: _apiVersion, ...rest }) => rest),
      };
    }
    const text = JSON.stringify(body);
    pageCache.set(key, text);
    return send(req, res, 200, text);
  };

  const served = options.serverCert ?? certs;
  const server: Server = createServer({ key: served.keyPem, cert: served.certPem }, handle);
  let connections = 0;
  server.on('secureConnection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `https://127.0.0.1:${port}`,
    token,
    caPem: certs.caPem,
    requests,
    sentBodies,
    connections: () => connections,
    setFaults,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
