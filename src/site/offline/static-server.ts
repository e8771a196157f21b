import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

/**
 * Serves a built site from `root` the way a static host does (`/x/` -> `/x/index.html`, unknown
 * paths -> `404.html` with status 404). Every response says `no-cache`: the service worker, not the
 * HTTP cache, keeps the offline copy, and it must see a new build as soon as there is one.
 */
export async function serveStatic(root: string, { host = '127.0.0.1', port = 0 } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const headers = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return void response.writeHead(400, headers).end();
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return void response.writeHead(403, headers).end();
    let status = 200;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      status = 404;
      file = join(base, '404.html');
      if (!(await stat(file).catch(() => null))) return void response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    }
    response.writeHead(status, { ...headers, 'content-type': contentType(file) });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file).pipe(response);
  });
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
