/** npm run serve and clients that do not finish: one that leaves mid-body is not an error, and close() does not wait for one that stalls. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/site/offline/static-server.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-serve-close-'));
  // Far more than the socket buffers hold, so the response is still being sent when the client stops.
  await writeFile(join(dir, 'big.bin'), Buffer.alloc(32 * 1024 * 1024, 1));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Starts a GET of big.bin and resolves once the first bytes arrived, with the request to stop. */
function startDownload(url: string): Promise<ReturnType<typeof get>> {
  return new Promise((resolve, reject) => {
    const request = get(new URL('big.bin', url), (response) => {
      response.once('data', () => {
        response.pause();
        resolve(request);
      });
    });
    request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
  });
}

describe('npm run serve: unfinished downloads', () => {
  it('a client that goes away mid-body is not logged as an error', async () => {
    const errors: string[] = [];
    const server = await serveStatic(dir, { onError: (line) => errors.push(line) });
    try {
      const request = await startDownload(server.url);
      const closed = new Promise<void>((done) => request.once('close', () => done()));
      request.destroy();
      await closed;
      // The server sees the cut shortly after the client; give its handler time to run, then check it kept quiet.
      await new Promise((done) => setTimeout(done, 500));
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('close() ends a download that has stalled, rather than waiting for it (and listens on 127.0.0.1 when no host is given)', async () => {
    const server = await serveStatic(dir, { onError: () => undefined });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const request = await startDownload(server.url);
    const outcome = await Promise.race([server.close().then(() => 'closed'), new Promise((done) => setTimeout(() => done('still waiting'), 3_000))]);
    request.destroy();
    expect(outcome).toBe('closed');
  });
});
