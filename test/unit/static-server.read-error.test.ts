/** npm run serve when reading a file fails (unreadable, replaced mid-read): answered and logged, the server stays up. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Tests run as root in CI, where chmod 000 does not make a file unreadable: the failures are injected at open().
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (path, ...rest) => {
    const name = String(path);
    if (name.endsWith('unreadable.html')) throw Object.assign(new Error(`EACCES: permission denied, open '${name}'`), { code: 'EACCES' });
    const handle = await fs.open(path, ...rest);
    if (!name.endsWith('midway.html')) return handle;
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'createReadStream') {
          return () => new Readable({
            read() {
              this.push('<h1>half');
              this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
            },
          });
        }
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return { ...fs, open, default: { ...fs, open } };
});

const { serveStatic } = await import('../../src/site/offline/static-server.ts');

let dir: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
const errors: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-serve-err-'));
  await writeFile(join(dir, 'index.html'), '<h1>概要</h1>');
  await writeFile(join(dir, 'unreadable.html'), 'x');
  await writeFile(join(dir, 'midway.html'), '<h1>half and the rest</h1>');
  server = await serveStatic(dir, { onError: (line) => errors.push(line) });
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run serve: read errors', () => {
  it('an unreadable file is a 500 and one log line', async () => {
    const response = await fetch(new URL('unreadable.html', server.url));
    expect([response.status, await response.text()]).toEqual([500, 'read error']);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(errors).toEqual(['GET /unreadable.html: EACCES']);
  });

  it('logs to stderr, prefixed with kube-runbook, when no onError is given', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const plain = await serveStatic(dir);
    try {
      const response = await fetch(new URL('unreadable.html', plain.url));
      expect(response.status).toBe(500);
      expect(logged.mock.calls).toEqual([['kube-runbook: GET /unreadable.html: EACCES']]);
    } finally {
      logged.mockRestore();
      await plain.close();
    }
  });

  it('a read error after the headers cuts that response and is logged', async () => {
    errors.length = 0;
    const outcome = await fetch(new URL('midway.html', server.url)).then((response) => response.text()).then(() => 'complete', () => 'cut');
    expect(outcome).toBe('cut');
    // The client can see the cut before the server's error handler has run: wait for the line.
    await vi.waitFor(() => expect(errors).toEqual(['GET /midway.html: EIO']), { timeout: 5_000 });
  });

  it('the server still answers afterwards', async () => {
    const response = await fetch(server.url);
    expect([response.status, await response.text()]).toEqual([200, '<h1>概要</h1>']);
  });
});
