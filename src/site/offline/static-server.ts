import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { hostname as osHostname } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Content types of everything an Astro + Starlight + Pagefind build writes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Snapshot data (pages/snapshots/[id].json.gz.ts), inflated by the page: no Content-Encoding either.
  '.gz': 'application/gzip',
  // Pagefind's index and its wasm are gzip data that pagefind.js inflates itself: no Content-Encoding.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The MIME type the server sends for `path`. */
export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A running server: its base URL (trailing slash) and how to stop it. */
export type StaticServer = { url: string; server: Server; close: () => Promise<void> };

/** Options of serveStatic. */
export type StaticServerOptions = {
  host?: string;
  port?: number;
  /** Host names accepted besides localhost names, IP literals and this machine's name (DNS rebinding guard). */
  allowedHosts?: readonly string[];
  /** Receives one line per request that failed on this side (a file that vanished, a read error). */
  onError?: (line: string) => void;
};

/**
 * What the built site may load: its own files, inline scripts and styles (Starlight's theme script),
 * WebAssembly (Pagefind's search), never a frame around it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS = {
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** Whether a request's Host names this server: a localhost name, an IP literal, this machine, or an allowed name. */
// Stryker disable next-line ArrayDeclaration: a default entry (the mutant's "Stryker was here") has spaces, which no hostname the URL parser returns can hold.
export function isAllowedHost(hostHeader: string | undefined, allowed: readonly string[] = []): boolean {
  if (!hostHeader) return false;
  let hostname: string;
  try {
    // Lower-cased by the parser, as for any http: URL.
    hostname = new URL(`http://${hostHeader}`).hostname;
  } catch {
    return false;
  }
  // The URL parser accepts nothing but a valid IPv6 address in brackets: a bracketed hostname is an IP literal.
  if (hostname.startsWith('[') || isIP(hostname)) return true;
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true;
  const machine = osHostname().toLowerCase();
  return hostname === machine || hostname === `${machine}.local` || allowed.some((name) => name.toLowerCase() === hostname);
}

/** The regular file inside `realBase` that `path` names (`/x/` -> `/x/index.html`), or null. */
async function resolveFile(realBase: string, path: string): Promise<string | null> {
  let real: string;
  try {
    real = await realpath(join(realBase, path));
  } catch {
    return null;
  }
  // Symbolic links are followed only as far as dist/ reaches: a link to /etc/passwd is not found.
  if (real !== realBase && !real.startsWith(realBase + sep)) return null;
  const info = await stat(real).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(realBase, join(path, 'index.html'));
  return info?.isFile() ? real : null;
}

/**
 * Serves a built site from `root` the way a static host does (`/x/` -> `/x/index.html`, unknown
 * paths -> `404.html` with status 404). Every response says `no-cache`: the service worker, not the
 * HTTP cache, keeps the offline copy, and it must see a new build as soon as there is one; ETag and
 * Last-Modified make that revalidation cheap. Hardened for a machine shared with other users: GET and
 * HEAD only, regular files inside the real `root` only (no symlink out, no FIFO, no device), a Host
 * allow-list against DNS rebinding, and a read error answered (500) and logged, never a crash.
 */
export async function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  // Stryker disable next-line ArrayDeclaration: a default of one made-up name allows no request that the empty list refuses.
  const { host = '127.0.0.1', port = 0, allowedHosts = [], onError = (line: string) => console.error(`kube-runbook: ${line}`) } = options;
  const realBase = await realpath(resolve(root));
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A client that went away mid-body is not a server problem.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' && request.destroyed) return;
      onError(`${request.method} ${oneLine(request.url)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      if (!response.headersSent) response.writeHead(500, { ...HEADERS, 'content-type': 'text/plain' }).end('read error');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return void response.writeHead(405, { ...HEADERS, allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed');
    }
    if (!isAllowedHost(request.headers.host, allowedHosts)) {
      return void response.writeHead(421, { ...HEADERS, 'content-type': 'text/plain' }).end('unknown host name; pass --host or open it through localhost');
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return void response.writeHead(400, HEADERS).end();
    }
    if (path.includes('\0')) return void response.writeHead(400, HEADERS).end();
    const joined = normalize(join(realBase, path));
    if (joined !== realBase && !joined.startsWith(realBase + sep)) return void response.writeHead(403, HEADERS).end();
    let status = 200;
    let file = await resolveFile(realBase, path);
    if (!file) {
      status = 404;
      file = await resolveFile(realBase, '404.html');
      if (!file) return void response.writeHead(404, { ...HEADERS, 'content-type': 'text/plain' }).end('not found');
    }
    // Non-blocking open: a FIFO swapped in after the check cannot hang the request; fstat decides.
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return void response.writeHead(404, { ...HEADERS, 'content-type': 'text/plain' }).end('not found');
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = { ...HEADERS, 'content-type': contentType(file), 'content-length': String(info.size), etag, 'last-modified': info.mtime.toUTCString() };
      if (status === 200 && request.headers['if-none-match'] === etag) return void response.writeHead(304, { ...HEADERS, etag }).end();
      response.writeHead(status, headers);
      if (request.method === 'HEAD') return void response.end();
      // Stryker disable next-line BooleanLiteral: `finally` closes the handle either way, and FileHandle.close() on a handle the stream already closed resolves: no observable difference.
      const stream = handle.createReadStream({ autoClose: false, end: Math.max(0, info.size - 1), start: 0 });
      await pipeline(stream, response);
    } finally {
      await handle.close();
    }
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}/`,
    server,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

function oneLine(text: string | undefined): string {
  // Stryker disable next-line StringLiteral: node:http sets request.url on every request it parses, so the fallback is never used.
  const known = text ?? '';
  // Stryker disable next-line StringLiteral: node:http answers 400 to a request-target holding a control character (checked for \x00-\x1f and \x7f), so none reaches a log line; kept so a line stays one line whatever the parser allows.
  return known.replace(/[\x00-\x1f\x7f]/g, '?').slice(0, 200);
}
