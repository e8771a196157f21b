import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../src/snapshot/raw.ts';

/** The repository's deploy/ folder. */
export const DEPLOY = join(import.meta.dirname, '../../deploy');

/** The kustomizations a user applies (docs/deploy.md), relative to deploy/. */
export const ENTRY_POINTS = ['.', 'overlays/pvc', 'overlays/git'] as const;

/** Renders a kustomization exactly as `kubectl apply -k` would, with kubectl's built-in kustomize. */
export function render(dir: string): KubeObject[] {
  let text: string;
  try {
    text = execFileSync('kubectl', ['kustomize', join(DEPLOY, dir)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new Error('kubectl is not on PATH: the deploy tests render deploy/ with `kubectl kustomize`; install kubectl');
    throw new Error(`kubectl kustomize deploy/${dir} failed: ${e.stderr ?? e.message}`);
  }
  return parseAllDocuments(text).map((doc) => doc.toJS() as KubeObject);
}

/**
 * Renders deploy/<dir> with opt-in components added, as a user's own overlay would
 * (`resources: [deploy/<dir>]`, `components: [deploy/components/<name>]`). Kustomize wants relative paths.
 */
export function renderWith(dir: string, components: readonly string[]): KubeObject[] {
  const overlay = mkdtempSync(join(tmpdir(), 'kube-runbook-overlay-'));
  try {
    const deploy = relative(overlay, DEPLOY);
    const lines = ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources:', `  - ${join(deploy, dir)}`, 'components:', ...components.map((name) => `  - ${join(deploy, 'components', name)}`)];
    writeFileSync(join(overlay, 'kustomization.yaml'), `${lines.join('\n')}\n`);
    return render(relative(DEPLOY, overlay));
  } finally {
    rmSync(overlay, { recursive: true, force: true });
  }
}

/** Every .yaml file under deploy/, relative to it. */
export function yamlFiles(dir = DEPLOY): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [relative(DEPLOY, path)] : [];
  });
}

/** A kustomization.yaml's own fields that name other files or folders. */
export type Kustomization = { kind?: string; resources?: string[]; components?: string[]; patches?: { path?: string }[] };

/** Reads deploy/<file> as one YAML document. */
export function readYaml<T = KubeObject>(file: string): T {
  return parse(readFileSync(join(DEPLOY, file), 'utf8')) as T;
}

/** The pod spec inside a workload (CronJob, Deployment), or undefined for other kinds. */
export function podSpecOf(object: KubeObject): PodSpec | undefined {
  const spec = object['spec'] as Record<string, any> | undefined;
  if (object.kind === 'CronJob') return spec?.['jobTemplate']?.spec?.template?.spec;
  if (object.kind === 'Deployment' || object.kind === 'Job') return spec?.['template']?.spec;
  return undefined;
}

/** The parts of a pod spec the tests read. */
export type PodSpec = {
  automountServiceAccountToken?: boolean;
  serviceAccountName?: string;
  securityContext?: Record<string, any>;
  containers: Container[];
  initContainers?: Container[];
  volumes?: Record<string, any>[];
};

/** The parts of a container the tests read. */
export type Container = {
  name: string;
  image?: string;
  command?: string[];
  env?: { name: string; value?: string; valueFrom?: Record<string, any> }[];
  securityContext?: Record<string, any>;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
};
