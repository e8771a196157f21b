/**
 * npm run serve while dist/ changes under it (a rebuild rewriting files) and on the paths a static
 * host rarely takes: no 404.html, a 404 page asked with If-None-Match, HEAD, an IPv6 listen address,
 * a very long URL in the error log. Every file handle it opens is closed again.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { Server, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const opened: string[] = [];
const closed: string[] = [];
const read: string[] = [];

// The races are staged at open(): the file is swapped or grows between the server's check and its read.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (path, ...rest) => {
    const name = String(path);
    if (name.endsWith('unreadable.html')) throw Object.assign(new Error(`EACCES: permission denied, open '${name}'`), { code: 'EACCES' });
    if (name.endsWith('swapped.html')) {
      await fs.unlink(name);
      execFileSync('mkfifo', [name]);
    }
    const handle = await fs.open(path, ...rest);
    opened.push(name);
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'close') return () => (closed.push(name), target.close());
        if (key === 'createReadStream') return (options?: Parameters<typeof target.createReadStream>[0]) => (read.push(name), target.createReadStream(options));
        // The file grows right after the server measured it, as when a rebuild appends to it.
        if (key === 'stat' && name.endsWith('growing.html')) return async () => {
          const info = await target.stat();
          await fs.appendFile(name, ' and more');
          return info;
        };
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return { ...fs, open, default: { ...fs, open } };
});

const { CONTENT_SECURITY_POLICY, serveStatic } = await import('../../src/site/offline/static-server.ts');

let dir: string;
let bare: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let bareServer: Awaited<ReturnType<typeof serveStatic>>;
const errors: string[] = [];
const LONG = 'a'.repeat(250);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-serve-races-'));
  await writeFile(join(dir, 'index.html'), '<h1>概要</h1>');
  await writeFile(join(dir, '404.html'), '<h1>見つかりません</h1>');
  await writeFile(join(dir, 'swapped.html'), '<h1>replaced by a FIFO</h1>');
  await writeFile(join(dir, 'growing.html'), '<h1>as measured</h1>');
  await mkdir(join(dir, LONG));
  await writeFile(join(dir, LONG, 'unreadable.html'), 'x');
  server = await serveStatic(dir, { onError: (line) => errors.push(line) });
  // A build without a 404 page.
  bare = await mkdtemp(join(tmpdir(), 'kube-runbook-serve-bare-'));
  await writeFile(join(bare, 'index.html'), '<h1>概要</h1>');
  bareServer = await serveStatic(bare, { onError: (line) => errors.push(line) });
});

afterAll(async () => {
  await server.close();
  await bareServer.close();
  await rm(dir, { recursive: true, force: true });
  await rm(bare, { recursive: true, force: true });
});

/** Every byte the server sends for one request on its own connection, split into head and body. */
function onTheWire(path: string): Promise<{ head: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      const all = Buffer.concat(chunks).toString('utf8');
      const split = all.indexOf('\r\n\r\n');
      resolve({ head: all.slice(0, split), body: all.slice(split + 4) });
    });
    socket.on('error', reject);
  });
}

/** The security headers every answer carries. */
const securityHeaders = (response: Response) => ({
  'cache-control': response.headers.get('cache-control'),
  'x-content-type-options': response.headers.get('x-content-type-options'),
  'content-security-policy': response.headers.get('content-security-policy'),
  'x-frame-options': response.headers.get('x-frame-options'),
  'referrer-policy': response.headers.get('referrer-policy'),
});
const SECURITY_HEADERS = {
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** Waits until every handle opened so far is closed: the server closes it after the last byte is sent. */
async function allHandlesClosed(): Promise<void> {
  await vi.waitFor(() => expect([...closed].sort()).toEqual([...opened].sort()), { timeout: 2_000 });
}

describe('npm run serve: a file that changes between the check and the read', () => {
  it('a file replaced by a FIFO after the check is not found (fstat decides), without hanging', async () => {
    const response = await fetch(new URL('swapped.html', server.url));
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([404, 'text/plain', 'not found']);
    expect(securityHeaders(response)).toEqual(SECURITY_HEADERS);
    await allHandlesClosed();
  });

  it('a file that grows while it is sent is sent as it was measured: exactly Content-Length bytes', async () => {
    const { head, body } = await onTheWire('/growing.html');
    expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(head).toContain('\r\ncontent-length: 20\r\n');
    expect(body).toBe('<h1>as measured</h1>');
    await allHandlesClosed();
  });
});

describe('npm run serve: the less common answers', () => {
  it('without a 404.html, an unknown path is a plain-text 404 with the security headers', async () => {
    const response = await fetch(new URL('nowhere/', bareServer.url));
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([404, 'text/plain', 'not found']);
    expect(securityHeaders(response)).toEqual(SECURITY_HEADERS);
  });

  it('a 404 page is never a 304, even when If-None-Match matches its ETag', async () => {
    const first = await fetch(new URL('nowhere/', server.url));
    const etag = first.headers.get('etag')!;
    expect([first.status, await first.text(), etag]).toEqual([404, '<h1>見つかりません</h1>', expect.stringMatching(/^W\/"[0-9a-f]+-[0-9a-f]+"$/)]);
    const again = await fetch(new URL('nowhere/', server.url), { headers: { 'if-none-match': etag } });
    expect([again.status, await again.text()]).toEqual([404, '<h1>見つかりません</h1>']);
    await allHandlesClosed();
  });

  it('a 304 carries the ETag and the security headers', async () => {
    const etag = (await fetch(server.url).then(async (response) => (await response.text(), response))).headers.get('etag')!;
    const again = await fetch(server.url, { headers: { 'if-none-match': etag } });
    expect([again.status, again.headers.get('etag'), await again.text()]).toEqual([304, etag, '']);
    expect(securityHeaders(again)).toEqual(SECURITY_HEADERS);
    await allHandlesClosed();
  });

  it('HEAD answers from fstat alone: the headers of GET, no body, the file not read', async () => {
    read.length = 0;
    const response = await fetch(server.url, { method: 'HEAD' });
    expect([response.status, response.headers.get('content-type'), response.headers.get('content-length'), await response.text()]).toEqual([
      200,
      'text/html; charset=utf-8',
      String(Buffer.byteLength('<h1>概要</h1>')),
      '',
    ]);
    expect(read).toEqual([]);
    await allHandlesClosed();
  });

  it('serves an empty file as an empty 200', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    const response = await fetch(new URL('empty.txt', server.url));
    expect([response.status, response.headers.get('content-length'), await response.text()]).toEqual([200, '0', '']);
    await allHandlesClosed();
  });

  it('GET reads the file once', async () => {
    read.length = 0;
    expect(await (await fetch(server.url)).text()).toBe('<h1>概要</h1>');
    expect(read).toEqual([await realpath(join(dir, 'index.html'))]);
    await allHandlesClosed();
  });

  it('logs at most 200 characters of the URL of a failed request', async () => {
    errors.length = 0;
    const response = await fetch(new URL(`${LONG}/unreadable.html`, server.url));
    expect([response.status, await response.text()]).toEqual([500, 'read error']);
    expect(errors).toEqual([`GET /${'a'.repeat(199)}: EACCES`]);
  });
});

describe('serveStatic on an IPv6 address', () => {
  it('writes the address in brackets in its URL', async () => {
    // The address as the socket reports it: a machine without IPv6 can still test the URL's form.
    const address = vi.spyOn(Server.prototype, 'address').mockReturnValueOnce({ address: 'fe80::1', family: 'IPv6', port: 4173 });
    const ipv6 = await serveStatic(dir);
    address.mockRestore();
    try {
      expect(ipv6.url).toBe('http://[fe80::1]:4173/');
    } finally {
      await ipv6.close();
    }
  });
});
