import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVE, serve } from '../../scripts/serve.ts';
import { contentType, serveStatic, type StaticServer } from '../../src/site/offline/static-server.ts';
import { runInProcess } from '../fixtures/run-cli.ts';

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-serve-'));
  await mkdir(join(dir, 'backup'));
  await mkdir(join(dir, 'pagefind'));
  await writeFile(join(dir, 'index.html'), '<h1>概要</h1>');
  await writeFile(join(dir, 'backup/index.html'), '<h1>バックアップ</h1>');
  await writeFile(join(dir, '404.html'), '<h1>見つかりません</h1>');
  await writeFile(join(dir, 'pagefind/pagefind.ja_1.pf_meta'), Buffer.from([0x1f, 0x8b, 0x08]));
  server = await serveStatic(dir);
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run serve', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['sw.js', 'text/javascript; charset=utf-8'],
    ['snapshots/index.json', 'application/json; charset=utf-8'],
    ['snapshots/2026-11-24T09-30-00Z.json.gz', 'application/gzip'],
    ['pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ['pagefind/pagefind.ja_1.pf_meta', 'application/octet-stream'],
    ['pagefind/fragment/ja_1.pf_fragment', 'application/octet-stream'],
    ['x.wasm', 'application/wasm'],
    ['manifest.webmanifest', 'application/manifest+json'],
    ['INDEX.HTML', 'text/html; charset=utf-8'],
    ['Icon.PNG', 'image/png'],
    ['backup.tar', 'application/octet-stream'],
    ['LICENSE', 'application/octet-stream'],
    ['.html', 'application/octet-stream'],
  ])('serves %s as %s', (file, type) => {
    expect(contentType(file)).toBe(type);
  });

  it.each([
    ['/', 200, '<h1>概要</h1>'],
    ['/backup/', 200, '<h1>バックアップ</h1>'],
    ['/backup', 200, '<h1>バックアップ</h1>'],
    ['/nowhere/', 404, '<h1>見つかりません</h1>'],
  ])('GET %s -> %i', async (path, status, body) => {
    const response = await fetch(new URL(path.slice(1), server.url));
    expect([response.status, await response.text(), response.headers.get('cache-control')]).toEqual([status, body, 'no-cache']);
  });

  it('sends Pagefind files as they are: no Content-Encoding, pagefind.js inflates them', async () => {
    const response = await fetch(new URL('pagefind/pagefind.ja_1.pf_meta', server.url));
    expect(response.headers.get('content-encoding')).toBeNull();
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x1f, 0x8b, 0x08]);
  });

  it('never serves a file outside the folder', async () => {
    const response = await fetch(`${server.url}..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(403);
  });

  it('listens on 127.0.0.1 only by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});

describe('npm run serve: arguments', () => {
  // Only arguments it refuses, in-process: no server is left open.
  it.each([
    [['--port', 'http'], 'kube-runbook: --port: expected a port number 0-65535, received "http"; see npm run serve -- --help'],
    [['--port', '65536'], 'kube-runbook: --port: expected a port number 0-65535, received "65536"; see npm run serve -- --help'],
    [['--port', '80.5'], 'kube-runbook: --port: expected a port number 0-65535, received "80.5"; see npm run serve -- --help'],
    [['--port', ''], 'kube-runbook: --port: expected a value, received an empty string; see npm run serve -- --help'],
    [['--dir', '/nonexistent/dist'], 'kube-runbook: /nonexistent/dist: no built site here (index.html missing); run npm run build first, or pass --dir'],
  ])('%j', async (argv, line) => {
    expect(await runInProcess(SERVE, argv, serve)).toEqual({ status: 1, out: [], log: [line] });
  });

  it('says when the port is taken', async () => {
    const port = new URL(server.url).port;
    expect(await runInProcess(SERVE, ['--dir', dir, '--port', port], serve)).toEqual({ status: 1, out: [], log: [`kube-runbook: port ${port} on 127.0.0.1 is in use; pass --port with another number`] });
  });

  it('as a process: prints the URL on stdout, serves, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      const url = chunk.toString().trim();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(await (await fetch(url)).text()).toBe('<h1>概要</h1>');
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});
