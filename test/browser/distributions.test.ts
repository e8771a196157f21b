/**
 * The built site of each distribution fixture, imported as a user would (`npm run snapshot --
 * --from …`, no --captured-at) and built with `astro build`: what its pages say must be true for that
 * cluster. One build per distribution (~40 s each); the kubeadm seed is the site global-setup built.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ja } from '../../src/i18n/ja.ts';
import { textOf } from '../components/render.ts';
import { lastLine, runCli } from '../fixtures/run-cli.ts';
import { freshBuildDir } from './build-dir.ts';
import { buildSite } from './site-build.ts';

const SHAPES = 'test/fixtures/shapes';
const work = await mkdtemp(join(tmpdir(), 'kube-runbook-distributions-'));
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Imports `from` with the built CLI into a fresh snapshots folder and builds the site from it. */
async function siteOf(name: string, from: string[]): Promise<{ siteDir: string; capturedAt: string }> {
  const snapshotsDir = join(work, name);
  const run = runCli([...from.flatMap((path) => ['--from', path]), '--out', snapshotsDir]);
  if (run.status !== 0) throw new Error(`import of ${name} failed: ${run.stderr}`);
  const capturedAt = /(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)\.json$/.exec(lastLine(run.stdout))![1]!;
  return { siteDir: await buildSite({ snapshotsDir, outDir: await freshBuildDir(`shape-${name}`) }), capturedAt };
}

/** Visible text of a built page (`/etcd/`), scripts and styles left out. */
async function pageText(siteDir: string, path: string): Promise<string> {
  const html = await readFile(join(siteDir, path, 'index.html'), 'utf8');
  return textOf(html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ''));
}

/** Every runbook page of a built site (the alert pages under /runbooks/ and the history included). */
async function pagesOf(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files.filter((file) => file.endsWith('index.html')).map((file) => `/${file.slice(0, -'index.html'.length)}`);
}

/** The pages whose visible text matches `pattern`, with the matched text. */
async function pagesSaying(siteDir: string, pattern: RegExp): Promise<string[]> {
  const found: string[] = [];
  for (const path of await pagesOf(siteDir)) {
    const match = pattern.exec(await pageText(siteDir, path));
    if (match) found.push(`${path}: ${match[0]}`);
  }
  return found;
}

const FIXTURES = {
  k3s: [`${SHAPES}/k3s/nodes.json`, `${SHAPES}/k3s/kube-system.json`],
  'kind-ha': ['test/fixtures/cluster-info-dump/output-directory'],
  eks: [`${SHAPES}/eks/nodes.json`, `${SHAPES}/eks/kube-system.json`],
  gke: [`${SHAPES}/gke/nodes.json`, `${SHAPES}/gke/kube-system.json`, `${SHAPES}/gke/statefulsets.json`],
} as const;

/** Pages with a ✅ and a 不明 on them: "fine" said beside "not known". */
async function okBesideUnknown(siteDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const path of await pagesOf(siteDir)) {
    const text = await pageText(siteDir, path);
    if (text.includes('✅') && text.includes('不明')) found.push(path);
  }
  return found;
}

describe.each(Object.entries(FIXTURES))('the site of the %s fixture', (name, from) => {
  let site: { siteDir: string; capturedAt: string };
  it('imports and builds', async () => {
    site = await siteOf(name, [...from]);
  }, 300_000);

  it('shows the capture time inferred from the dump, marked as such', async () => {
    const overview = await pageText(site.siteDir, '/');
    expect(overview).toContain(ja.capturedAt.inferredShort);
    expect(overview).toContain(ja.capturedAt.inferred);
  });

  it('puts no ✅ on a page that says 不明', async () => {
    expect(await okBesideUnknown(site.siteDir)).toEqual([]);
  });

  if (name === 'eks' || name === 'gke') {
    it('a managed control plane: no kubeadm path, no ssh, no etcdctl on any page', async () => {
      expect(await pagesSaying(site.siteDir, /\/etc\/kubernetes[^\s)]*|\bssh [^\s]+|etcdctl snapshot|kubeadm certs renew/)).toEqual([]);
    });
  }
  if (name === 'k3s') {
    it("k3s: k3s's backup, paths and logs; none of kubeadm's", async () => {
      expect(await pageText(site.siteDir, '/backup/')).toContain('sudo k3s etcd-snapshot save');
      expect(await pageText(site.siteDir, '/etcd/')).toContain('/var/lib/rancher/k3s/server/db/');
      expect(await pageText(site.siteDir, '/kube-apiserver/')).toContain('sudo journalctl -u k3s');
      // The Static Pod page may say that /etc/kubernetes/manifests/ does not apply here; no command may use it.
      expect(await pagesSaying(site.siteDir, /\/etc\/kubernetes\/pki[^\s)]*|ls -l \/etc\/kubernetes|kubeadm certs renew|etcdctl snapshot/)).toEqual([]);
    });
  }
  if (name === 'kind-ha') {
    it('three control-plane nodes: named on the overview and above each command that takes one', async () => {
      expect(await pageText(site.siteDir, '/')).toContain('kind-control-plane, kind-control-plane2, kind-control-plane3');
      const staticPods = await pageText(site.siteDir, '/static-pods/');
      expect(staticPods).toContain('コントロールプレーンのノードは 3 台あります(kind-control-plane、kind-control-plane2、kind-control-plane3)。このコマンドが見るのは 1 台のノードの分だけなので、調べるノード(問題の Pod が動いているノード)ごとに実行します。');
      expect(staticPods).toContain('docker exec kind-control-plane ls -l /etc/kubernetes/manifests/');
    });
  }
});

describe('the site of the kubeadm seed (built by global-setup)', () => {
  it('puts no ✅ on a page that says 不明, and keeps its kubeadm commands', async () => {
    const siteDir = inject('siteDir');
    expect(await okBesideUnknown(siteDir)).toEqual([]);
    expect(await pageText(siteDir, '/backup/')).toContain('sudo ETCDCTL_API=3 etcdctl snapshot save');
  });
});
