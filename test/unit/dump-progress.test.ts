/**
 * readDumps' and readCertificateFiles' smaller promises: the progress lines a reader sees, the kinds
 * that count as read (so their gaps go away), and the exact wording of errors on odd files.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readCertificateFiles, readDumps } from '../../src/snapshot/dump.ts';
import { SEED_CERTS } from '../fixtures/raw-state.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-dump-progress-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

const pod = (name: string, namespace = 'kube-system') => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace } });
const list = (items: unknown[]) => JSON.stringify({ apiVersion: 'v1', kind: 'List', items });

async function read(files: Record<string, string>) {
  const paths = [];
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(dir, name), text);
    paths.push(join(dir, name));
  }
  const progress: string[] = [];
  const raw = await readDumps(paths, { namespace: 'kube-system', capturedAt: '2026-11-24T09:30:00Z', source: 'file', onProgress: (line) => progress.push(line.replaceAll(dir, '<dir>')) });
  return { raw, progress };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (caught: unknown) => caught as Error & { code?: string });
  if (!error) throw new Error('the read did not fail');
  return `${error.code}: ${error.message.replaceAll(dir, '<dir>')}`;
}

describe('readDumps: progress', () => {
  it('counts the objects of other namespaces or kinds it ignored, once, after the files', async () => {
    const { progress } = await read({
      'mixed.json': list([pod('a'), pod('b', 'default'), { kind: 'Deployment', metadata: { name: 'web', namespace: 'default' } }, { kind: 'Widget', metadata: { name: 'w', namespace: 'kube-system' } }]),
    });
    expect(progress.map((line) => line.replace(/\(\d+ ms\)/, '(N ms)'))).toEqual(['<dir>/mixed.json: 4 objects (N ms)', 'ignored 3 objects of other namespaces or kinds']);
  });

  it('says nothing of ignored objects when every object was kube-system\'s', async () => {
    const { progress } = await read({ 'pods.json': list([pod('a')]) });
    expect(progress.filter((line) => line.startsWith('ignored'))).toEqual([]);
  });

  it('times each file from the start of its read', async () => {
    const clock = [1_000, 1_250.4];
    vi.spyOn(performance, 'now').mockImplementation(() => clock.shift() ?? 5_000);
    try {
      const { progress } = await read({ 'pods.json': list([pod('a')]) });
      expect(progress).toEqual(['<dir>/pods.json: 1 objects (250 ms)']);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('readDumps: which kinds count as read', () => {
  it('a kind met only in another namespace, or only as a single object, still has its gap', async () => {
    const { raw } = await read({
      'mixed.json': list([
        pod('a'),
        { kind: 'Deployment', metadata: { name: 'web', namespace: 'default' } },
        { kind: 'ConfigMap', metadata: { name: 'cluster-info', namespace: 'kube-public' }, data: {} },
      ]),
    });
    const gaps = raw.gaps.map((gap) => gap.resource);
    expect(gaps).toContain('deployments');
    expect(gaps).toContain('configmaps');
    expect(gaps).not.toContain('kube-public/configmaps/cluster-info');
  });

  it('names every file read when none held a kube-system Pod, comma-separated', async () => {
    const error = await failure(read({ 'one.json': list([pod('x', 'default')]), 'two.json': list([]) }));
    expect(error).toBe('E_INPUT: <dir>/one.json, <dir>/two.json: no Pod of namespace kube-system; add the output of kubectl get pods -n kube-system -o json');
  });

  it('keeps a Secret without a type as Opaque, the API\'s default', async () => {
    const { raw } = await read({ 'all.json': list([pod('a'), { kind: 'Secret', metadata: { name: 's', namespace: 'kube-system' }, data: { a: 'eA==' } }]) });
    expect(raw.secrets.map((secret) => [secret.type, secret.keyCount])).toEqual([['Opaque', 1]]);
  });
});

describe('readDumps: odd files', () => {
  it('reads a YAML file of comments only as no objects', async () => {
    const { raw, progress } = await read({ 'pods.json': list([pod('a')]), 'notes.yaml': '# nothing here yet\n' });
    expect(raw.pods).toHaveLength(1);
    expect(progress.map((line) => line.replace(/\(\d+ ms\)/, '(N ms)'))).toContain('<dir>/notes.yaml: 0 objects (N ms)');
  });

  it('names a YAML error in a one-document file without a document number', async () => {
    expect(await failure(read({ 'bad.yaml': 'kind: Pod\nmetadata: {name: a\n' }))).toMatch(/^E_INPUT: <dir>\/bad\.yaml: not valid JSON or YAML \([A-Z_]+ at line \d+, column \d+\); pass the output/);
  });

  it('names a null item by its kind, never its value', async () => {
    expect(await failure(read({ 'nulls.json': list([pod('a'), null]) }))).toMatch(/expected an object, received null; pass the output/);
  });

  it('reads a readyz answer only when the file starts with its check lines', async () => {
    const readyz = await readFile(join(import.meta.dirname, '../fixtures/seed-cluster/readyz.txt'), 'utf8');
    const { raw, progress } = await read({ 'pods.json': list([pod('a')]), 'readyz.txt': readyz });
    expect(raw.apiHealth.readyz?.checks.length).toBeGreaterThan(0);
    expect(progress).toContain(`<dir>/readyz.txt: /readyz?verbose, ${raw.apiHealth.readyz!.checks.length} checks`);
    const error = await failure(read({ 'pods.json': list([pod('a')]), 'readyz.txt': `kubectl output follows:\n${readyz}` }));
    expect(error).toMatch(/^E_INPUT: <dir>\/readyz\.txt: /);
  });

  it('refuses a dump size limit that is not a whole number, quoting at most 40 characters of it', async () => {
    vi.stubEnv('KUBE_RUNBOOK_MAX_DUMP_MB', `12MB${'x'.repeat(60)}`);
    expect(await failure(read({ 'pods.json': list([pod('a')]) }))).toBe(
      `E_ARGS: KUBE_RUNBOOK_MAX_DUMP_MB="12MB${'x'.repeat(36)}" is not a positive whole number; unset it for the default 64`,
    );
  });
});

describe('readCertificateFiles', () => {
  it('says how many certificates each file held and from which tool', async () => {
    const progress: string[] = [];
    const certificates = await readCertificateFiles([SEED_CERTS], (line) => progress.push(line));
    expect(progress).toEqual([`${SEED_CERTS}: ${certificates.length} certificates (kubeadm)`]);
    expect(certificates.length).toBeGreaterThan(5);
  });

  it('refuses a file of two listings one after another', async () => {
    const text = await readFile(SEED_CERTS, 'utf8');
    const file = join(dir, 'twice.json');
    await writeFile(file, `${text}\n${text}`);
    expect(await failure(readCertificateFiles([file]))).toMatch(/^E_INPUT: <dir>\/twice\.json: not a certificate listing; --certs reads the output of /);
  });
});
