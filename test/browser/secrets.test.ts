/**
 * Secrets end to end: a kubectl dump full of planted values (test/fixtures/canaries/: Secret data
 * and stringData, last-applied annotations, env values, --password/--token flags, URLs with
 * credentials, allow-listed ConfigMap text, and hostile.yaml: Corefile plugins, argv spellings,
 * bearer headers, JWTs, `password X` in events, node conditions and SealedSecret messages) goes through `npm run snapshot -- --from` and
 * `npm run build`; no value reaches the snapshot, the CLI's output or any file of dist/.
 *
 * Covered in dist/: every file, read as text (HTML pages, snapshot JSON endpoints, JS, CSS, XML,
 * the service worker) and Pagefind's index (fragments, index chunks, filters, metadata), which
 * Pagefind writes gzip-compressed: those are inflated before they are searched.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/snapshot/redact.ts';
import { freshBuildDir } from './build-dir.ts';
import { buildSite } from './site-build.ts';
import { listSiteFiles } from './site-files.ts';
import { lastLine, runCli, type CliRun } from '../fixtures/run-cli.ts';

const DUMPS = ['secrets.json', 'workloads.yaml', 'config.yaml', 'hostile.yaml'].map((file) => `test/fixtures/canaries/${file}`);
/** Every planted value contains it; no name, key or label does (test/fixtures/canaries/README.md). */
const CANARY = 'CANARY';

let work: string;
let run: CliRun;
let snapshotText: string;
let siteDir: string;
/** dist/ file -> its text (Pagefind's files inflated). */
const site = new Map<string, string>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kube-runbook-secrets-'));
  const snapshotsDir = join(work, 'snapshots');
  run = runCli([...DUMPS.flatMap((file) => ['--from', file]), '--out', snapshotsDir, '--captured-at', '2026-11-25T00:00:00Z']);
  snapshotText = await readFile(lastLine(run.stdout), 'utf8');
  siteDir = await buildSite({ snapshotsDir, outDir: await freshBuildDir('secrets') });
  for (const file of await listSiteFiles(siteDir)) {
    const bytes = await readFile(join(siteDir, file));
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    // CANARY is ASCII, so binary files decoded as UTF-8 still show it where it is.
    site.set(file, (gzip ? gunzipSync(bytes) : bytes).toString('utf8'));
  }
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

describe('planted secret values', () => {
  it('are really in the dump', async () => {
    const planted = (await Promise.all(DUMPS.map((file) => readFile(file, 'utf8')))).join('\n');
    expect(planted.match(/CANARY[\w-]*/g)!.length).toBeGreaterThanOrEqual(50);
  });

  it('reach neither the snapshot nor the CLI output', () => {
    expect(run.status).toBe(0);
    expect(snapshotText).not.toContain(CANARY);
    expect(run.stdout).not.toContain(CANARY);
    expect(run.stderr).not.toContain(CANARY);
  });

  it('reach no file of the built site, Pagefind index included', () => {
    const files = [...site.keys()];
    expect(files.filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(0);
    expect(files.filter((file) => site.get(file)!.includes(CANARY))).toEqual([]);
    expect(files.filter((file) => site.get(file)!.toLowerCase().includes(CANARY.toLowerCase()))).toEqual([]);
  });

  it('are absent because they were dropped, not because nothing was built from the dump', () => {
    const html = [...site].filter(([file]) => file.endsWith('.html')).map(([, text]) => text).join('\n');
    // The planted Secret and ConfigMaps are listed, and the redacted flags show the marker.
    expect(html).toContain('app-credentials');
    expect(html).toContain('kubeadm-config');
    // The Corefile is shown, its unknown plugins' arguments masked.
    expect(html).toContain(`etcd ${REDACTED}`);
    expect(site.get(`snapshots/2026-11-25T00-00-00Z.json.gz`)).toContain(REDACTED);
    // Pagefind's fragments were inflated: their page text is searchable here.
    expect([...site].some(([file, text]) => file.startsWith('pagefind/fragment/') && text.includes('kube-system'))).toBe(true);
  });
});
