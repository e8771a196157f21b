import { describe, expect, it } from 'vitest';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../src/snapshot/raw.ts';
import { DEPLOY, ENTRY_POINTS, podSpecOf, readYaml, render, yamlFiles, type Kustomization, type PodSpec } from './kustomize.ts';

/** The schema model of each kind deploy/ may hold; a kind missing here fails the tests. */
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'v1/ServiceAccount': ServiceAccount,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'apps/v1/Deployment': Deployment,
  'batch/v1/CronJob': CronJob,
  'rbac.authorization.k8s.io/v1/ClusterRole': ClusterRole,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': ClusterRoleBinding,
  'rbac.authorization.k8s.io/v1/Role': Role,
  'rbac.authorization.k8s.io/v1/RoleBinding': RoleBinding,
};

/** The TypeScript type of each kind in MODELS: `[module, interface]`, for the unknown-field check. */
const TYPES: Record<string, [string, string]> = Object.fromEntries(Object.keys(MODELS).map((key) => {
  const kind = key.split('/').at(-1)!;
  const group = key.split('/').slice(0, -1).join('/');
  return [key, [`kubernetes-models/${group}/${kind}`, `I${kind}`]];
}));

/**
 * Type-checks objects against kubernetes-models' interfaces with tsc: an object literal with a field
 * its type lacks (a typo like `readOnlyRootFilesytem`) is an error there, which the JSON schema
 * validation above lets through (the schemas allow unknown fields, as the API server's non-strict
 * decoding does). Returns tsc's error lines.
 */
function unknownFieldErrors(objects: Record<string, KubeObject>): string[] {
  const dir = join(DEPLOY, '../node_modules/.cache/kube-runbook-deploy');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'manifests.ts');
  const used = new Set(Object.values(objects).map((o) => `${o.apiVersion}/${o.kind}`));
  const imports = [...used].map((key) => `import type { ${TYPES[key]![1]} } from '${TYPES[key]![0]}';`);
  const constants = Object.entries(objects).map(([name, o]) => `export const ${name}: ${TYPES[`${o.apiVersion}/${o.kind}`]![1]} = ${JSON.stringify(o)};`);
  writeFileSync(file, [...imports, ...constants].join('\n'));
  const tsc = join(DEPLOY, '../node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', file], { encoding: 'utf8', stdio: 'pipe' });
    return [];
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error).trim().split('\n').map((line) => line.replace(/^.*manifests\.ts\(\d+,\d+\): /, ''));
  }
}

/** Validates one object against the Kubernetes schema of its kind; throws with the kind and name. */
function validate(object: KubeObject): void {
  const key = `${object.apiVersion}/${object.kind}`;
  const Model = MODELS[key];
  if (!Model) throw new Error(`${key} ${object.metadata?.name}: no kubernetes-models class registered in MODELS`);
  new Model(object).validate();
}

const rendered = ENTRY_POINTS.map((dir) => [dir, render(dir)] as const);
const kustomizations = yamlFiles().filter((file) => posix.basename(file) === 'kustomization.yaml');

describe.each(rendered)('kubectl kustomize deploy/%s', (dir, objects) => {
  it('renders objects that each pass the Kubernetes schema of their kind', () => {
    expect(objects.length).toBeGreaterThan(5);
    for (const object of objects) validate(object);
  });

  it('holds one CronJob in kube-system that runs as the kube-runbook ServiceAccount', () => {
    const cronJobs = objects.filter((o) => o.kind === 'CronJob');
    expect(cronJobs.map((o) => `${o.metadata?.namespace}/${o.metadata?.name}`)).toEqual(['kube-system/kube-runbook-snapshot']);
    expect(podSpecOf(cronJobs[0]!)?.serviceAccountName).toBe('kube-runbook');
    expect(objects.filter((o) => o.kind === 'ServiceAccount').map((o) => `${o.metadata?.namespace}/${o.metadata?.name}`)).toEqual(['kube-system/kube-runbook']);
  });

  it('schedules without overlap, keeps a short history and bounds each run', () => {
    const spec = objects.find((o) => o.kind === 'CronJob')!['spec'] as Record<string, any>;
    expect({
      schedule: spec['schedule'],
      concurrencyPolicy: spec['concurrencyPolicy'],
      successfulJobsHistoryLimit: spec['successfulJobsHistoryLimit'],
      failedJobsHistoryLimit: spec['failedJobsHistoryLimit'],
      activeDeadlineSeconds: spec['jobTemplate'].spec.activeDeadlineSeconds,
      backoffLimit: spec['jobTemplate'].spec.backoffLimit,
      restartPolicy: spec['jobTemplate'].spec.template.spec.restartPolicy,
    }).toMatchInlineSnapshot(`
      {
        "activeDeadlineSeconds": 600,
        "backoffLimit": 2,
        "concurrencyPolicy": "Forbid",
        "failedJobsHistoryLimit": 3,
        "restartPolicy": "Never",
        "schedule": "17 */6 * * *",
        "successfulJobsHistoryLimit": 3,
      }
    `);
  });

  it('uses the image named once in components/image, for every container', () => {
    const images = objects.flatMap((o) => [...(podSpecOf(o)?.initContainers ?? []), ...(podSpecOf(o)?.containers ?? [])].map((c) => c.image));
    const [entry] = readYaml<{ images: { newName: string; newTag: string }[] }>('components/image/kustomization.yaml').images;
    expect(new Set(images)).toEqual(new Set([`${entry!.newName}:${entry!.newTag}`]));
  });
});

describe('unknown fields', () => {
  it('no rendered object has a field its Kubernetes type lacks (and a misspelt one is caught)', () => {
    const objects: Record<string, KubeObject> = {};
    rendered.forEach(([, list], i) => list.forEach((o, j) => (objects[`o${i}_${j}`] = o)));
    const cronJob = rendered[0]![1].find((o) => o.kind === 'CronJob')!;
    const misspelt = JSON.parse(JSON.stringify(cronJob).replace('"readOnlyRootFilesystem"', '"readOnlyRootFilesytem"')) as KubeObject;
    const errors = unknownFieldErrors({ ...objects, control: misspelt });
    expect(errors).toMatchInlineSnapshot(`
      [
        "error TS2353: Object literal may only specify known properties, and '"readOnlyRootFilesytem"' does not exist in type 'ISecurityContext'.",
      ]
    `);
  });
});

describe.each(rendered)('pod security in deploy/%s', (_dir, objects) => {
  const pods = objects.flatMap((o) => {
    const spec = podSpecOf(o);
    return spec ? [[`${o.kind}/${o.metadata?.name}`, o.kind, spec] as const] : [];
  });

  // it.each over an empty list registers no test: a rename that hid every workload must fail here instead.
  it('has the workloads to check', () => {
    expect(pods.map(([, kind]) => kind)).toContain('CronJob');
  });

  it.each(pods)('%s runs as a numeric non-root user with the runtime seccomp profile', (_name, _kind, spec) => {
    const pod = spec.securityContext ?? {};
    expect(pod['runAsNonRoot']).toBe(true);
    expect(pod['runAsUser']).toBeGreaterThan(0);
    expect(pod['runAsGroup']).toBeGreaterThan(0);
    expect(pod['seccompProfile']).toEqual({ type: 'RuntimeDefault' });
  });

  it.each(pods)('%s: every container has a read-only root, no privilege escalation, no capabilities, memory and cpu limits', (_name, _kind, spec) => {
    for (const container of [...spec.containers, ...(spec.initContainers ?? [])]) {
      const security = container.securityContext ?? {};
      expect(security, container.name).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
      expect(security['privileged'] ?? false, container.name).toBe(false);
      expect(security['capabilities']['add'] ?? [], container.name).toEqual([]);
      expect(Object.keys(container.resources?.limits ?? {}), container.name).toEqual(expect.arrayContaining(['cpu', 'memory']));
    }
  });

  /** The path client-node's in-cluster config reads the token, CA and namespace from. */
  const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
  const containersOf = (spec: PodSpec) => [...(spec.initContainers ?? []), ...spec.containers];

  it.each(pods)('%s: no pod-wide token; only a container that calls the API (the CronJob\'s capture) mounts one', (_name, kind, spec) => {
    expect(spec.automountServiceAccountToken).toBe(false);
    const withToken = containersOf(spec).filter((c) => (c.volumeMounts ?? []).some((m) => m.mountPath === TOKEN_PATH)).map((c) => c.name);
    expect(withToken).toEqual(kind === 'CronJob' ? ['capture'] : []);
  });

  it.each(pods.filter(([, kind]) => kind === 'CronJob'))('%s: the capture runs first (initContainer) with the token, the publish after it without', (_name, _kind, spec) => {
    expect(spec.initContainers?.map((c) => c.name)).toEqual(['capture']);
    expect(spec.containers.map((c) => c.name)).toEqual(['publish']);
    const token = spec.volumes?.find((v) => v['name'] === 'kube-api-access');
    expect(token?.['projected']?.sources?.map((source: object) => Object.keys(source)[0])).toEqual(['serviceAccountToken', 'configMap', 'downwardAPI']);
    const env = (name: string) => Object.fromEntries((containersOf(spec).find((c) => c.name === name)!.env ?? []).map((e) => [e.name, e.value]));
    expect([env('capture')['KUBE_RUNBOOK_STEP'], env('publish')['KUBE_RUNBOOK_STEP']]).toEqual(['capture', 'publish']);
    // The handoff emptyDir is the only thing they share, and the publish container only reads it.
    const mounts = (name: string) => (containersOf(spec).find((c) => c.name === name)!.volumeMounts ?? []).map((m) => `${m.name}${m.readOnly ? ' (ro)' : ''}`);
    expect(mounts('capture').filter((m) => mounts('publish').some((p) => p.split(' ')[0] === m.split(' ')[0]))).toEqual(['handoff']);
    expect(mounts('publish')).toContain('handoff (ro)');
  });

  it.each(pods.filter(([, kind]) => kind === 'CronJob'))('%s writes only to its emptyDirs and its output volume', (_name, _kind, spec) => {
    const volumes = new Map((spec.volumes ?? []).map((v) => [v['name'] as string, v]));
    expect(volumes.get('tmp')).toEqual({ name: 'tmp', emptyDir: { sizeLimit: '256Mi' } });
    const writable = (name: string) => (containersOf(spec).find((c) => c.name === name)!.volumeMounts ?? []).filter((m) => !m.readOnly).map((m) => `${m.name}:${m.mountPath}`).sort();
    expect(writable('capture')).toEqual(['capture-tmp:/tmp', 'handoff:/handoff']);
    expect(writable('publish')).toEqual(['snapshots:/snapshots', 'tmp:/tmp']);
    for (const name of ['tmp', 'capture-tmp', 'handoff']) expect(volumes.get(name)?.['emptyDir'], name).toBeDefined();
  });
});

describe('the ServiceAccount', () => {
  it('mounts no token by default: each pod opts in', () => {
    expect(readYaml('base/serviceaccount.yaml')['automountServiceAccountToken']).toBe(false);
  });
});

describe('output options', () => {
  const byDir = new Map<string, KubeObject[]>(rendered);
  const cronJobSpec = (dir: string): PodSpec => podSpecOf(byDir.get(dir)!.find((o) => o.kind === 'CronJob')!)!;
  const env = (dir: string) => Object.fromEntries((cronJobSpec(dir).containers[0]!.env ?? []).map((e) => [e.name, e.value ?? e.valueFrom]));

  it('deploy/ is the PVC option, object for object', () => {
    expect(byDir.get('.')).toEqual(byDir.get('overlays/pvc'));
  });

  it('pvc: the CronJob writes into the PersistentVolumeClaim the overlay creates', () => {
    const objects = byDir.get('overlays/pvc')!;
    const claim = objects.find((o) => o.kind === 'PersistentVolumeClaim');
    expect(claim?.metadata?.name).toBe('kube-runbook-snapshots');
    expect(cronJobSpec('overlays/pvc').volumes).toContainEqual({ name: 'snapshots', persistentVolumeClaim: { claimName: 'kube-runbook-snapshots' } });
    expect(env('overlays/pvc')).toMatchObject({ KUBE_RUNBOOK_OUTPUT: 'dir', KUBE_RUNBOOK_OUT_DIR: '/snapshots' });
  });

  it('git: settings from the ConfigMap and credentials from the Secret the user creates, neither in deploy/', () => {
    const objects = byDir.get('overlays/git')!;
    expect(objects.filter((o) => o.kind === 'Secret' || o.kind === 'ConfigMap')).toEqual([]);
    expect(env('overlays/git')).toMatchObject({
      KUBE_RUNBOOK_OUTPUT: 'git',
      KUBE_RUNBOOK_GIT_REPOSITORY: { configMapKeyRef: { name: 'kube-runbook-git', key: 'repository' } },
      KUBE_RUNBOOK_GIT_CREDENTIALS: '/etc/kube-runbook/git',
    });
    const spec = cronJobSpec('overlays/git');
    expect(spec.volumes).toContainEqual({ name: 'git-credentials', secret: { secretName: 'kube-runbook-git-credentials', defaultMode: 0o440 } });
    expect(spec.containers[0]!.volumeMounts).toContainEqual({ name: 'git-credentials', mountPath: '/etc/kube-runbook/git', readOnly: true });
    // The git credential and the API token are never in the same container.
    expect(spec.initContainers!.flatMap((c) => c.volumeMounts ?? []).map((m) => m.name)).not.toContain('git-credentials');
    expect(spec.containers.flatMap((c) => c.volumeMounts ?? []).map((m) => m.name)).not.toContain('kube-api-access');
  });
});

describe('files in deploy/', () => {
  /** Every file a kustomization names, resolved relative to deploy/. */
  const referenced = new Set(kustomizations.flatMap((file) => {
    const k = readYaml<Kustomization>(file);
    const dir = posix.dirname(file);
    return [...(k.resources ?? []), ...(k.patches ?? []).map((p) => p.path ?? '')].map((ref) => posix.normalize(posix.join(dir, ref)));
  }));

  it('every YAML file is a kustomization or is used by one (no stray manifests)', () => {
    const stray = yamlFiles().filter((file) => posix.basename(file) !== 'kustomization.yaml' && !referenced.has(file));
    expect(stray).toEqual([]);
  });

  /** Files listed under `resources:` (patches are partial objects: they are checked once rendered, above). */
  const resources = kustomizations.flatMap((file) =>
    (readYaml<Kustomization>(file).resources ?? []).map((ref) => posix.normalize(posix.join(posix.dirname(file), ref))).filter((ref) => ref.endsWith('.yaml')),
  );

  it.each(resources)('%s: each object passes its schema on its own', (file) => {
    const objects = parseAllDocuments(readFileSync(posix.join(DEPLOY, file), 'utf8')).map((doc) => doc.toJS() as KubeObject);
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) validate(object);
  });
});
