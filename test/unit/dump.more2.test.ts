/**
 * readDumps' and decodeText's edges: the /readyz file's verdict line, the dump size limit and its
 * variable, byte-order marks, typed lists, the single objects found by namespace and name, and
 * objects met twice.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeText, readDumps } from '../../src/snapshot/dump.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-dump-more2-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

const pod = (name: string, namespace = 'kube-system') => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace } });
const list = (items: unknown[], kind = 'List') => JSON.stringify({ apiVersion: 'v1', kind, items });
const PODS = { 'pods.json': list([pod('a')]) };

async function read(files: Record<string, string | Uint8Array>) {
  const paths = [];
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(dir, name), text);
    paths.push(join(dir, name));
  }
  return readDumps(paths, { namespace: 'kube-system', capturedAt: '2026-11-24T09:30:00Z', source: 'file' });
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (caught: unknown) => caught as Error & { code?: string });
  if (!error) throw new Error('the read did not fail');
  return `${error.code}: ${error.message.replaceAll(dir, '<dir>')}`;
}

const check = (name: string, ok = true, reason: string | null = null) => ({ name, ok, excluded: false, reason });

describe('readDumps: a /readyz or /livez file', () => {
  it('reads a short answer (under 200 characters) and its verdict', async () => {
    const raw = await read({ ...PODS, 'readyz.txt': '[+]ping ok\n[+]etcd ok\nreadyz check passed\n' });
    expect(raw.apiHealth).toEqual({ readyz: { passed: true, checks: [check('etcd'), check('ping')] }, livez: null });
  });

  it('reads a failed answer as not passed, with the reason the server gave', async () => {
    const raw = await read({ ...PODS, 'livez.txt': '[+]ping ok\n[-]etcd failed: reason withheld\nlivez check failed\n' });
    expect(raw.apiHealth).toEqual({ readyz: null, livez: { passed: false, checks: [check('etcd', false, 'reason withheld'), check('ping')] } });
  });

  it('reads a file that starts with blank lines, ends without a newline, or has Windows line ends', async () => {
    const raw = await read({
      ...PODS,
      'readyz.txt': '\n\n[+]ping ok\nreadyz check passed',
      'livez.txt': '[+]ping ok\r\n[+]log ok\r\nlivez check passed  \r\n',
    });
    expect(raw.apiHealth).toEqual({ readyz: { passed: true, checks: [check('ping')] }, livez: { passed: true, checks: [check('log'), check('ping')] } });
  });

  it.each([
    ['text after the verdict on its line', '[+]ping ok\nreadyz check passed, see above\n'],
    ['a verdict that is not a line of its own', '[+]ping ok\nthe readyz check passed\n'],
    ['a verdict more than 200 characters before the end', `[+]ping ok\nreadyz check passed\n${'[+]poststarthook/start-apiextensions-controllers ok\n'.repeat(5)}`],
  ])('does not take a file with %s for an answer (it is then read as JSON, which it is not)', async (_, text) => {
    expect(await failure(read({ ...PODS, 'readyz.txt': text }))).toBe(
      "E_INPUT: <dir>/readyz.txt: line 1: expected a JSON document after the previous one, found other text; pass kubectl's output unchanged (kubectl cluster-info dump > FILE, without 2>&1)",
    );
  });
});

describe('readDumps: the size limit (KUBE_RUNBOOK_MAX_DUMP_MB)', () => {
  const sized = (bytes: number) => {
    const text = list([pod('a')]);
    return text + ' '.repeat(bytes - text.length);
  };

  it('reads a file of exactly the limit and refuses one byte more', async () => {
    vi.stubEnv('KUBE_RUNBOOK_MAX_DUMP_MB', '1');
    expect((await read({ 'pods.json': sized(1024 * 1024) })).pods).toHaveLength(1);
    expect(await failure(read({ 'pods.json': sized(1024 * 1024 + 1) }))).toBe(
      'E_LIMIT: <dir>/pods.json: 2 MB is more than the limit of 1 MB for a dump (KUBE_RUNBOOK_MAX_DUMP_MB); dump only the namespace, or raise it, e.g. KUBE_RUNBOOK_MAX_DUMP_MB=4',
    );
  });

  it('uses the default of 64 MB when the variable is set but empty, and takes a number of several digits', async () => {
    vi.stubEnv('KUBE_RUNBOOK_MAX_DUMP_MB', '');
    expect((await read(PODS)).pods).toHaveLength(1);
    vi.stubEnv('KUBE_RUNBOOK_MAX_DUMP_MB', '10');
    expect((await read(PODS)).pods).toHaveLength(1);
  });

  it.each(['x12', '12x', '012', '1234567'])('refuses %s', async (value) => {
    vi.stubEnv('KUBE_RUNBOOK_MAX_DUMP_MB', value);
    expect(await failure(read(PODS))).toBe(`E_ARGS: KUBE_RUNBOOK_MAX_DUMP_MB="${value}" is not a positive whole number; unset it for the default 64`);
  });

  it('keeps the file system error as the cause of a file it cannot read', async () => {
    const error = await readDumps([join(dir, 'missing.json')], { namespace: 'kube-system', capturedAt: '2026-11-24T09:30:00Z', source: 'file' }).then(
      () => null,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toBe(`${join(dir, 'missing.json')}: cannot read the dump (ENOENT); check the path given to --from`);
    expect((error?.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});

describe('decodeText', () => {
  const UTF16 = "f.json: the file is UTF-16 (PowerShell's > writes it); convert it with iconv -f UTF-16 -t UTF-8, or write it with kubectl … | Out-File -Encoding utf8";
  const NOT_UTF8 = "f.json: the file is not UTF-8 text; pass kubectl's output as it wrote it (kubectl writes UTF-8)";
  const decoded = (bytes: number[]) => {
    try {
      return decodeText(Uint8Array.from(bytes), 'f.json');
    } catch (error) {
      return (error as Error).message;
    }
  };

  it.each([
    ['a UTF-16 LE mark', [0xff, 0xfe, 0x7b, 0x00], UTF16],
    ['a UTF-16 BE mark', [0xfe, 0xff, 0x00, 0x7b], UTF16],
    ['UTF-16 BE without a mark (a zero first byte)', [0x00, 0x7b], UTF16],
    ['UTF-16 LE without a mark (a zero second byte), two bytes long', [0x7b, 0x00], UTF16],
    ['0xff not followed by 0xfe', [0xff, 0x7b], NOT_UTF8],
    ['0xfe not followed by 0xff', [0xfe, 0x7b], NOT_UTF8],
    ['0xfe as the second byte', [0x7b, 0xfe, 0x7d], NOT_UTF8],
    ['0xff as the second byte', [0x7b, 0xff, 0x7d], NOT_UTF8],
    ['a single zero byte (too short to be UTF-16)', [0x00], '\u0000'],
    ['a UTF-8 byte-order mark', [0xef, 0xbb, 0xbf, 0x7b, 0x7d], '{}'],
  ])('%s', (_, bytes, expected) => {
    expect(decoded(bytes)).toBe(expected);
  });
});

describe('readDumps: lists and objects', () => {
  it('reads a bare object with items and no kind as a list', async () => {
    expect((await read({ 'pods.json': JSON.stringify({ items: [pod('a')] }) })).pods.map((item) => item.metadata?.name)).toEqual(['a']);
  });

  it('reads an object whose kind is not a list as one object, whatever fields named items it has', async () => {
    const raw = await read({ 'a.json': JSON.stringify({ ...pod('a'), items: [] }), 'b.json': JSON.stringify({ ...pod('b'), items: null }) });
    expect(raw.pods.map(({ metadata, items }) => [metadata?.name, items])).toEqual([['a', []], ['b', null]]);
  });

  it("does not count another namespace's typed list as read, nor a list of only single objects", async () => {
    const raw = await read({
      ...PODS,
      'configmaps.json': JSON.stringify({ kind: 'ConfigMapList', apiVersion: 'v1', items: [{ metadata: { name: 'cluster-info', namespace: 'kube-public' } }] }),
      'services.json': JSON.stringify({ kind: 'ServiceList', apiVersion: 'v1', items: [{ metadata: { name: 'web', namespace: 'default' } }] }),
    });
    expect(raw.gaps.map((gap) => gap.resource)).toEqual(expect.arrayContaining(['configmaps', 'services']));
    expect(raw.configMaps).toEqual([]);
    expect(raw.clusterInfo?.metadata?.name).toBe('cluster-info');
  });

  it('finds cluster-info by kind, namespace and name together', async () => {
    const raw = await read({
      'mixed.json': list([
        pod('a'),
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cluster-info', namespace: 'kube-system' } },
        { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'cluster-info', namespace: 'kube-public' } },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kubernetes', namespace: 'default' } },
      ]),
    });
    expect(raw.clusterInfo).toBeNull();
    expect(raw.apiService).toBeNull();
    expect(raw.configMaps.map((item) => `${item.metadata?.namespace}/${item.metadata?.name}`)).toEqual(['kube-system/cluster-info']);
    expect(raw.pods.map((item) => item.metadata?.name)).toEqual(['a']);
  });

  it('keeps an Event of each API apart, and reads a pod met twice once, whatever apiVersion each copy has', async () => {
    const event = (apiVersion: string) => ({ apiVersion, kind: 'Event', metadata: { name: 'coredns.1', namespace: 'kube-system' } });
    const raw = await read({
      'pods.json': JSON.stringify({ kind: 'PodList', apiVersion: 'v1', items: [{ metadata: { name: 'a', namespace: 'kube-system' } }] }),
      'all.json': list([pod('a'), event('v1'), event('events.k8s.io/v1')]),
    });
    expect(raw.pods).toEqual([pod('a')]);
    expect(raw.events.map((item) => item.apiVersion)).toEqual(['v1', 'events.k8s.io/v1']);
  });
});

describe('readDumps: how a file is decoded', () => {
  it('reads JSON documents one after another after blank lines (cluster-info dump stdout)', async () => {
    const raw = await read({ 'dump.txt': `\n\n${JSON.stringify({ kind: 'PodList', apiVersion: 'v1', items: [{ metadata: { name: 'a', namespace: 'kube-system' } }] })}\n${list([pod('b')])}\n` });
    expect(raw.pods.map((item) => item.metadata?.name)).toEqual(['a', 'b']);
  });

  it('names a JSON array that does not parse as JSON, not YAML', async () => {
    expect(await failure(read({ ...PODS, 'bad.json': '[1,' }))).toMatch(/^E_INPUT: <dir>\/bad\.json: not valid JSON \(/);
  });

  it('numbers the YAML document that does not parse', async () => {
    expect(await failure(read({ ...PODS, 'bad.yaml': 'kind: Pod\nmetadata: {name: a}\n---\nkind: [Pod\n' }))).toMatch(/^E_INPUT: <dir>\/bad\.yaml: document 2: not valid JSON or YAML \(/);
  });
});
