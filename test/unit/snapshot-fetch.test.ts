import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { snapshotLoader, snapshotText } from '../../src/components/history/snapshot-fetch.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

const bodyOf = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('published snapshot data in the browser', () => {
  it('inflates the gzip file the build publishes', async () => {
    const json = JSON.stringify(seedSnapshot());
    expect(await snapshotText(bodyOf(gzipSync(json)))).toBe(json);
  });

  it('reads a body the server already inflated (Content-Encoding: gzip) as it is', async () => {
    const json = JSON.stringify({ schemaVersion: 3, note: '日本語' });
    expect(await snapshotText(bodyOf(new TextEncoder().encode(json)))).toBe(json);
  });

  it('fetches <base>snapshots/<id>.json.gz once per id and refuses another schemaVersion', async () => {
    const snapshot = seedSnapshot();
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const version = url.includes('old') ? 2 : snapshot.schemaVersion;
      return new Response(gzipSync(JSON.stringify({ ...snapshot, schemaVersion: version })));
    });
    const load = snapshotLoader('/docs/', snapshot.schemaVersion);
    expect((await load('2026-11-24T09-30-00Z')).capturedAt).toBe(snapshot.capturedAt);
    await load('2026-11-24T09-30-00Z');
    expect(fetched).toEqual(['/docs/snapshots/2026-11-24T09-30-00Z.json.gz']);
    await expect(load('old')).rejects.toThrow('snapshots/old.json.gz: schemaVersion 2');
  });

  it('names the file and the HTTP status when the file is missing, and encodes a hostile id', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('not found', { status: 404 });
    });
    await expect(snapshotLoader('/', 3)('../x?y')).rejects.toThrow('snapshots/..%2Fx%3Fy.json.gz: HTTP 404');
    expect(fetched).toEqual(['/snapshots/..%2Fx%3Fy.json.gz']);
  });
});
