import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY, podSpecOf, render } from './kustomize.ts';

const ROOT = join(DEPLOY, '..');

/** The Containerfile's instructions, continuation lines joined, comments dropped. */
function instructions(text: string): { op: string; args: string }[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

const all = instructions(readFileSync(join(DEPLOY, 'Containerfile'), 'utf8'));
const finalStage = all.slice(all.findLastIndex((i) => i.op === 'FROM'));
/** The instructions of the stage named `name` (`FROM … AS name`). */
const stage = (name: string) => {
  const start = all.findIndex((i) => i.op === 'FROM' && i.args.endsWith(` AS ${name}`));
  const end = all.findIndex((i, n) => n > start && i.op === 'FROM');
  return start < 0 ? [] : all.slice(start, end < 0 ? undefined : end);
};
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
/** COPY sources from the build context (not from another stage), relative to the repository root. */
const copied = all
  .filter((i) => i.op === 'COPY' && !i.args.includes('--from='))
  .flatMap((i) => i.args.split(/\s+/).filter((a) => !a.startsWith('--')).slice(0, -1))
  .map((source) => source.replace(/\/$/, ''));

/** Relative files reachable from `file` through static and dynamic imports, and the packages it names. */
function importClosure(file: string, files = new Set<string>(), packages = new Set<string>()) {
  if (files.has(file)) return { files, packages };
  files.add(file);
  const text = readFileSync(join(ROOT, file), 'utf8');
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    if (spec.startsWith('.')) importClosure(relative(ROOT, join(ROOT, dirname(file), spec)), files, packages);
    else packages.add(spec);
  }
  return { files, packages };
}

describe('deploy/Containerfile', () => {
  it('builds on a multi-arch Node 24 image, pinned by digest', () => {
    const arg = all.find((i) => i.op === 'ARG' && i.args.startsWith('NODE_IMAGE='));
    // The tag stays for readers; the digest is what a build pulls.
    expect(arg?.args).toMatch(/^NODE_IMAGE=node:24-(alpine|slim)@sha256:[0-9a-f]{64}$/);
    const images = all.filter((i) => i.op === 'FROM').map((i) => i.args.split(/\s+/).filter((a) => !a.startsWith('--platform='))[0]);
    expect(images).toEqual(['${NODE_IMAGE}', '${NODE_IMAGE}', '${NODE_IMAGE}']);
  });

  it('puts only runtime dependencies, from the lockfile, into the image', () => {
    expect(stage('deps').filter((i) => i.op === 'RUN' && i.args.includes('npm ')).map((i) => i.args)).toEqual([expect.stringMatching(/^npm ci --omit=dev /)]);
    expect(finalStage.filter((i) => i.op === 'COPY' && i.args.includes('node_modules')).map((i) => i.args)).toEqual(['--from=deps /app/node_modules ./node_modules']);
    expect(finalStage.filter((i) => i.op === 'RUN' && i.args.includes('npm '))).toEqual([]);
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json']));
  });

  it('compiles the CLI in its own stage, as `npm run build:cli` does, and copies only the output into the image', () => {
    const cli = stage('cli');
    expect(cli[0]?.args).toMatch(/^--platform=\$BUILDPLATFORM /);
    expect(cli.filter((i) => i.op === 'RUN').map((i) => i.args)).toEqual([expect.stringMatching(/^npm ci /), packageJson.scripts['build:cli']]);
    expect(finalStage.filter((i) => i.op === 'COPY' && i.args.includes('--from=cli')).map((i) => i.args)).toEqual(['--from=cli /app/build/cli/ ./build/cli/']);
  });

  it('runs the built CLI with plain node, exactly as package.json\'s `snapshot` script does (no tsx)', () => {
    const script = packageJson.scripts['snapshot']!;
    expect(script).toMatch(/^node .*build\/cli\/snapshot\.mjs$/);
    expect(readFileSync(join(DEPLOY, 'entrypoint.sh'), 'utf8')).toContain(`&& ${script} --namespace`);
    expect(packageJson.dependencies).not.toHaveProperty('tsx');
  });

  it('runs as the numeric user and group the manifests require', () => {
    const users = finalStage.filter((i) => i.op === 'USER').map((i) => i.args);
    expect(users).toEqual(['10001:10001']);
    const pods = ['overlays/pvc', 'overlays/git'].flatMap((dir) =>
      render(dir).flatMap((object) => {
        const spec = podSpecOf(object);
        return spec ? [{ where: `${dir} ${object.kind}/${object.metadata?.name}`, context: spec.securityContext }] : [];
      }),
    );
    expect(pods.map((p) => p.where)).toEqual(['overlays/pvc Deployment/kube-runbook-browse', 'overlays/pvc CronJob/kube-runbook-snapshot', 'overlays/git CronJob/kube-runbook-snapshot']);
    for (const { where, context } of pods) expect([context?.['runAsUser'], context?.['runAsGroup']], where).toEqual([10001, 10001]);
  });

  it('gives UID 10001 a passwd entry (ssh refuses to run without one) and installs git and ssh', () => {
    const run = finalStage.filter((i) => i.op === 'RUN').map((i) => i.args).join(' ');
    expect(run).toMatch(/apk add --no-cache git openssh-client/);
    expect(run).toMatch(/adduser .*-u 10001 /);
  });

  it('keeps every write in /tmp: HOME and TMPDIR point there', () => {
    const env = finalStage.filter((i) => i.op === 'ENV').map((i) => i.args).join(' ');
    expect(env).toContain('HOME=/tmp');
    expect(env).toContain('TMPDIR=/tmp');
  });

  it('copies files that exist and that the build context (Containerfile.dockerignore) lets through', () => {
    const allowed = readFileSync(join(DEPLOY, 'Containerfile.dockerignore'), 'utf8')
      .split('\n').filter((line) => line.startsWith('!')).map((line) => line.slice(1));
    for (const source of copied) {
      expect(existsSync(join(ROOT, source)), source).toBe(true);
      expect(allowed.some((a) => source === a || source.startsWith(`${a}/`)), `${source} is excluded by Containerfile.dockerignore`).toBe(true);
    }
  });

  it('copies every file the CLI imports into its build stage, and the CLI imports only runtime dependencies', () => {
    const { files, packages } = importClosure('scripts/snapshot.ts');
    const uncovered = [...files].filter((file) => !copied.some((source) => file === source || file.startsWith(`${source}/`)));
    expect(uncovered).toEqual([]);
    const { dependencies } = packageJson;
    const external = [...packages].filter((p) => !p.startsWith('node:') && !builtinModules.includes(p));
    const packageName = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
    expect(external.map(packageName).filter((name) => !(name in dependencies))).toEqual([]);
  });

  it('starts deploy/entrypoint.sh, copied executable into the image', () => {
    expect(finalStage.find((i) => i.op === 'ENTRYPOINT')?.args).toBe('["/app/deploy/entrypoint.sh"]');
    expect(finalStage.find((i) => i.op === 'COPY' && i.args.includes('deploy/entrypoint.sh'))?.args).toMatch(/^--chmod=0755 .* \.\/deploy\/$/);
  });
});

describe.each(['entrypoint.sh', 'git-askpass.sh'])('deploy/%s', (name) => {
  const file = join(DEPLOY, name);

  it('is POSIX sh that parses (sh -n) and stops on the first error', () => {
    expect(() => execFileSync('sh', ['-n', file], { stdio: 'pipe' })).not.toThrow();
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('#!/bin/sh');
    expect(text).toMatch(/^set -eu$/m);
    expect(text).not.toMatch(/set -[a-z]*x|\bset -o xtrace/);
  });

  it('is executable in the repository too', () => {
    expect(execFileSync('git', ['-C', ROOT, 'ls-files', '-s', posix.join('deploy', name)], { encoding: 'utf8' })).toMatch(/^100755 /);
  });
});
