/** npm run serve on a shared machine: what a hostile page, user or build leftover can and cannot do. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedHost, serveStatic, type StaticServer } from '../../src/site/offline/static-server.ts';

let dir: string;
let outside: string;
let server: StaticServer;
const errors: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-serve-hard-'));
  outside = await mkdtemp(join(tmpdir(), 'kube-runbook-outside-'));
  await writeFile(join(outside, 'passwd'), 'root:x:0:0');
  await writeFile(join(dir, 'index.html'), '<h1>概要</h1>');
  await writeFile(join(dir, '404.html'), '<h1>見つかりません</h1>');
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'assets/app.js'), 'console.log(1)');
  await symlink(join(outside, 'passwd'), join(dir, 'leak.txt'));
  await symlink(outside, join(dir, 'outside-dir'));
  await symlink(join(dir, 'assets/app.js'), join(dir, 'inside-link.js'));
  await mkdir(join(dir, 'named-like-a-file.js'));
  execFileSync('mkfifo', [join(dir, 'pipe.html')]);
  server = await serveStatic(dir, { onError: (line) => errors.push(line) });
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

/** A raw request, so the method and Host header are exactly what a hostile client sends. */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers, timeout: 5_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${method} ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

describe('npm run serve: only regular files inside dist/', () => {
  it.each([
    ['a symlink to a file outside', '/leak.txt'],
    ['a file through a symlinked folder outside', '/outside-dir/passwd'],
    ['a FIFO (no hang)', '/pipe.html'],
    ['a directory named like a file', '/named-like-a-file.js'],
  ])('%s: 404 or 400, never the content', async (_case, path) => {
    const response = await raw('GET', path);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain('root:x');
  });

  it('answers a path with an encoded NUL as a bad request (400), not a missing file', async () => {
    const response = await raw('GET', '/index.html%00.js');
    expect([response.status, response.body]).toEqual([400, '']);
  });

  it('serves the root itself when an encoded slash and .. lead back to it', async () => {
    const response = await raw('GET', '/assets%2F..');
    expect([response.status, response.body]).toEqual([200, '<h1>概要</h1>']);
  });

  it('refuses an encoded slash and .. that lead out of the root (403)', async () => {
    const response = await raw('GET', '/assets%2F..%2F..%2Fpasswd');
    expect(response.status).toBe(403);
  });

  it('follows a symlink that stays inside', async () => {
    const response = await raw('GET', '/inside-link.js');
    expect([response.status, response.body]).toEqual([200, 'console.log(1)']);
  });
});

describe('npm run serve: methods, hosts and headers', () => {
  it.each(['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH'])('%s -> 405 with Allow, and no file', async (method) => {
    const response = await raw(method, '/index.html');
    expect([response.status, response.headers.allow, response.body]).toEqual([405, 'GET, HEAD', 'method not allowed']);
  });

  it.each([
    ['evil.example', false],
    ['evil.example:4173', false],
    ['127.0.0.1.nip.io', false],
    ['localhost:4173', true],
    ['app.localhost', true],
    ['127.0.0.1:4173', true],
    ['[::1]:4173', true],
    ['192.168.1.20:4173', true],
    [undefined, false],
    ['runbook.home', false],
  ])('Host %s allowed: %s', (host, allowed) => {
    expect(isAllowedHost(host)).toBe(allowed);
  });

  it('an allowed name given with allowedHosts is accepted', () => {
    expect(isAllowedHost('runbook.home:8080', ['runbook.home'])).toBe(true);
  });

  it('a DNS-rebound request (a foreign Host) gets 421 and no file', async () => {
    const response = await raw('GET', '/index.html', { host: 'evil.example' });
    expect(response.status).toBe(421);
    expect(response.body).not.toContain('概要');
  });

  it('sends CSP, frame-ancestors, nosniff, ETag and Last-Modified, and 304 on a matching If-None-Match', async () => {
    const first = await raw('GET', '/index.html');
    expect(first.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers['last-modified']).toMatch(/GMT$/);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await raw('GET', '/index.html', { 'if-none-match': etag });
    expect([again.status, again.body]).toEqual([304, '']);
  });

  it('has logged no server-side error for any of the above', () => {
    expect(errors).toEqual([]);
  });
});
