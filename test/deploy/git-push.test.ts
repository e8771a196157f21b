import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testCerts } from '../fake-api/certs.ts';
import { writeKubeconfig } from '../fake-api/kubeconfig.ts';
import { startFakeApi, type FakeApi } from '../fake-api/server.ts';
import { fakeCluster } from '../fixtures/fake-api/cluster.ts';
import { APP, lastLine, runEntrypoint, type Run } from './entrypoint.ts';
import { startGitHttp, type GitHttp } from './git-http.ts';

// Each test runs the CLI in a child process (tsx start-up included): generous on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

const TOKEN = 'ghp_canaryToken7Q2w9E4r6T8y';
const REAL_GIT = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();

let dir: string;
let api: FakeApi;
let kubeconfig: string;
let runCount = 0;

/** git as a person would run it here: no user or system config. */
function git(args: string[], cwd?: string): string {
  return execFileSync(REAL_GIT, args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'], HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Site Owner', GIT_AUTHOR_EMAIL: 'owner@example.com', GIT_COMMITTER_NAME: 'Site Owner', GIT_COMMITTER_EMAIL: 'owner@example.com' },
  });
}

/** A bare repository `<name>.git` under repos/ whose `branch` holds one commit (a README). */
function makeRemote(name: string, branch = 'main'): string {
  const bare = join(dir, 'repos', `${name}.git`);
  git(['init', '--quiet', '--bare', '--initial-branch', branch, bare]);
  const seed = join(dir, `${name}-seed`);
  git(['init', '--quiet', '--initial-branch', branch, seed]);
  writeFileSync(join(seed, 'README.md'), '# my runbook site\n');
  git(['add', 'README.md'], seed);
  git(['commit', '--quiet', '-m', 'site'], seed);
  git(['push', '--quiet', bare, `HEAD:${branch}`], seed);
  return bare;
}

/** Runs the entry point in git mode against the fake API, with the settings the ConfigMap/Secret would give. */
function gitRun(env: Record<string, string>, path = process.env['PATH'] ?? ''): Promise<Run> {
  const home = join(dir, `home-${++runCount}`);
  mkdirSync(home);
  return runEntrypoint({ HOME: home, TMPDIR: join(dir, 'tmp'), PATH: path, KUBE_RUNBOOK_OUTPUT: 'git', ...env }, ['--kubeconfig', kubeconfig]);
}

/** Every object of a bare repository as text, to prove a credential never entered it. */
function allObjects(bare: string): string {
  return execFileSync(REAL_GIT, ['--git-dir', bare, 'cat-file', '--batch-all-objects', '--batch'], { encoding: 'latin1', maxBuffer: 64 << 20 }) + readFileSync(join(bare, 'config'), 'utf8');
}

/** A Secret volume as the kubelet mounts it: one file per key. */
function secretDir(name: string, files: Record<string, string>, mode = 0o644): string {
  const path = join(dir, 'secrets', name);
  mkdirSync(path, { recursive: true });
  for (const [key, value] of Object.entries(files)) {
    writeFileSync(join(path, key), value);
    chmodSync(join(path, key), mode);
  }
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-git-'));
  mkdirSync(join(dir, 'repos'));
  mkdirSync(join(dir, 'tmp'));
  api = await startFakeApi({ cluster: fakeCluster({ caPem: testCerts().caPem, sealedSecretsCrd: true }) });
  kubeconfig = writeKubeconfig(dir, api);
});

afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('git mode: commit the new snapshot and push it', () => {
  it('pushes one commit holding only the new snapshot, and leaves no clone behind', async () => {
    const bare = makeRemote('plain');
    const run = await gitRun({ KUBE_RUNBOOK_GIT_REPOSITORY: `file://${bare}` });
    expect(run.stderr).not.toContain('unexpected error');
    expect(run.code).toBe(0);
    const written = lastLine(run);
    expect(written).toMatch(/^snapshots\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
    expect(git(['--git-dir', bare, 'log', '--format=%an <%ae>|%s', 'main']).trim().split('\n')).toEqual([
      `kube-runbook <kube-runbook@localhost>|snapshot: kube-system ${written.slice('snapshots/'.length)}`,
      'Site Owner <owner@example.com>|site',
    ]);
    expect(git(['--git-dir', bare, 'show', '--name-status', '--format=', 'main']).trim()).toBe(`A\t${written}`);
    const snapshot = JSON.parse(git(['--git-dir', bare, 'show', `main:${written}`])) as { source: string; namespace: string };
    expect([snapshot.source, snapshot.namespace]).toEqual(['live', 'kube-system']);
    expect(readdirSync(join(dir, 'tmp')).filter((name) => name.startsWith('kube-runbook-git.'))).toEqual([]);
  });

  it('honours the branch, directory and author of the ConfigMap', async () => {
    const bare = makeRemote('custom', 'site');
    const run = await gitRun({
      KUBE_RUNBOOK_GIT_REPOSITORY: `file://${bare}`,
      KUBE_RUNBOOK_GIT_BRANCH: 'site',
      KUBE_RUNBOOK_GIT_DIRECTORY: 'data/snapshots',
      GIT_AUTHOR_NAME: 'Cluster Bot',
      GIT_AUTHOR_EMAIL: 'bot@example.com',
    });
    expect(run.code).toBe(0);
    expect(lastLine(run)).toMatch(/^data\/snapshots\/.+\.json$/);
    expect(git(['--git-dir', bare, 'log', '-1', '--format=%an <%ae> / %cn <%ce>', 'site']).trim()).toBe('Cluster Bot <bot@example.com> / Cluster Bot <bot@example.com>');
  });

  it('rebases and retries when someone else pushed between clone and push', async () => {
    const bare = makeRemote('race');
    const other = join(dir, 'race-other');
    git(['clone', '--quiet', bare, other]);
    writeFileSync(join(other, 'README.md'), '# edited meanwhile\n');
    git(['commit', '--quiet', '-am', 'edit by a person'], other);
    // A git in front of the real one: just before the entry point's first push, the other writer pushes.
    const bin = join(dir, 'race-bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'git'), `#!/bin/sh
case " $* " in
  *" push "*) if [ ! -e "${bin}/raced" ]; then : > "${bin}/raced"; "${REAL_GIT}" -C "${other}" push --quiet origin HEAD:main; fi ;;
esac
exec "${REAL_GIT}" "$@"
`, { mode: 0o755 });
    const run = await gitRun({ KUBE_RUNBOOK_GIT_REPOSITORY: `file://${bare}` }, `${bin}:${process.env['PATH']}`);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('kube-runbook: push rejected; rebasing on main and retrying (2/3)');
    expect(git(['--git-dir', bare, 'log', '--format=%s', 'main']).trim().split('\n').map((s) => s.replace(/\S+\.json$/, 'FILE'))).toEqual([
      'snapshot: kube-system FILE',
      'edit by a person',
      'site',
    ]);
  });
});

describe('git mode over HTTPS with a token from the Secret', () => {
  let server: GitHttp;
  let caFile: string;

  beforeAll(async () => {
    server = await startGitHttp(join(dir, 'repos'), { username: 'x-access-token', token: TOKEN });
    caFile = join(dir, 'git-ca.crt');
    writeFileSync(caFile, testCerts().caPem);
  });
  afterAll(() => server?.close());

  it('answers git with the token through GIT_ASKPASS: never in the URL, the logs or the repository', async () => {
    const bare = makeRemote('https-site');
    const credentials = secretDir('token', { token: `${TOKEN}\n` }, 0o440);
    const run = await gitRun({ KUBE_RUNBOOK_GIT_REPOSITORY: `${server.url}/https-site.git`, KUBE_RUNBOOK_GIT_CREDENTIALS: credentials, GIT_SSL_CAINFO: caFile });
    expect(run.stderr).not.toContain('fatal');
    expect(run.code).toBe(0);
    expect(server.authorizations).toContain(`Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`);
    expect(git(['--git-dir', bare, 'log', '-1', '--format=%s', 'main'])).toMatch(/^snapshot: kube-system /);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(allObjects(bare)).not.toContain(TOKEN);
  });

  it('fails with git\'s own message, and without the token, when the token is wrong', async () => {
    const bare = makeRemote('https-denied');
    const credentials = secretDir('wrong-token', { token: 'ghp_wrongToken000\n' });
    const before = git(['--git-dir', bare, 'rev-parse', 'main']);
    const run = await gitRun({ KUBE_RUNBOOK_GIT_REPOSITORY: `${server.url}/https-denied.git`, KUBE_RUNBOOK_GIT_CREDENTIALS: credentials, GIT_SSL_CAINFO: caFile });
    expect(run.code).not.toBe(0);
    expect(run.stderr.replaceAll(server.url, 'https://HOST')).toContain("fatal: Authentication failed for 'https://HOST/https-denied.git/'");
    expect(run.stdout + run.stderr).not.toMatch(/ghp_/);
    expect(git(['--git-dir', bare, 'rev-parse', 'main'])).toBe(before);
  });
});

describe('git mode over SSH with a deploy key from the Secret', () => {
  it('runs ssh with the key copied to mode 600, strict host key checking and the Secret\'s known_hosts, each path one argument whatever its characters', async () => {
    const bare = makeRemote('ssh-site');
    // Paths a shell would split or expand unquoted: a space, a quote, a $.
    const credentials = secretDir("ssh key's $HOME", { 'ssh-privatekey': '-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key\n-----END OPENSSH PRIVATE KEY-----\n', known_hosts: 'git.example.invalid ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeHostKey\n' }, 0o444);
    const tmp = join(dir, "tmp dir's $PATH");
    mkdirSync(tmp);
    // An ssh that records how it was called, one bracketed argument each, then runs the remote command locally (as git's own tests do).
    const bin = join(dir, 'ssh-bin');
    const calls = join(dir, 'ssh-calls');
    mkdirSync(bin);
    writeFileSync(join(bin, 'ssh'), `#!/bin/sh
for arg; do case $arg in -G) exit 0 ;; esac; done
key=
prev=
for arg; do [ "$prev" = -i ] && key=$arg; prev=$arg; done
{ for arg; do printf '[%s] ' "$arg"; done; printf '\\n'; stat -c 'key mode %a' "$key"; } >> "${calls}"
for last; do :; done
exec sh -c "$last"
`, { mode: 0o755 });
    const run = await gitRun({ KUBE_RUNBOOK_GIT_REPOSITORY: `ssh://git@git.example.invalid${bare}`, KUBE_RUNBOOK_GIT_CREDENTIALS: credentials, TMPDIR: tmp }, `${bin}:${process.env['PATH']}`);
    expect(run.stderr).not.toContain('fatal');
    expect(run.code).toBe(0);
    const lines = readFileSync(calls, 'utf8').replaceAll(tmp, 'TMPDIR').replaceAll(credentials, 'SECRET').replaceAll(bare, 'REPO').replace(/kube-runbook-git\.\w+/g, 'kube-runbook-git.XXXXXX').trim().split('\n');
    expect([...new Set(lines.map((line) => line.trim()))]).toMatchInlineSnapshot(`
      [
        "[-i] [TMPDIR/kube-runbook-git.XXXXXX/ssh-key] [-o] [IdentitiesOnly=yes] [-o] [BatchMode=yes] [-o] [StrictHostKeyChecking=yes] [-o] [UserKnownHostsFile="SECRET/known_hosts"] [-o] [SendEnv=GIT_PROTOCOL] [git@git.example.invalid] [git-upload-pack 'REPO']",
        "key mode 600",
        "[-i] [TMPDIR/kube-runbook-git.XXXXXX/ssh-key] [-o] [IdentitiesOnly=yes] [-o] [BatchMode=yes] [-o] [StrictHostKeyChecking=yes] [-o] [UserKnownHostsFile="SECRET/known_hosts"] [git@git.example.invalid] [git-receive-pack 'REPO']",
      ]
    `);
    expect(readdirSync(tmp).filter((name) => name.startsWith('kube-runbook-git.'))).toEqual([]);
    expect(git(['--git-dir', bare, 'log', '-1', '--format=%s', 'main'])).toMatch(/^snapshot: kube-system /);
  });
});

describe('git-askpass.sh answers only for the repository\'s own server', () => {
  const askpass = (prompt: string, origin = 'https://git.example.com') => {
    const credentials = secretDir('askpass', { token: `${TOKEN}\n` });
    try {
      const stdout = execFileSync('sh', [join(APP, 'deploy/git-askpass.sh'), prompt], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'], KUBE_RUNBOOK_GIT_CREDENTIALS: credentials, KUBE_RUNBOOK_GIT_ORIGIN: origin } });
      return { code: 0, stdout };
    } catch (error) {
      const e = error as { status: number; stdout: string };
      return { code: e.status, stdout: e.stdout };
    }
  };

  it.each([
    ["Username for 'https://git.example.com': ", 'x-access-token\n'],
    ["Password for 'https://x-access-token@git.example.com': ", `${TOKEN}\n`],
  ])('answers %j', (prompt, answer) => {
    expect(askpass(prompt)).toEqual({ code: 0, stdout: answer });
  });

  it.each([
    ["Password for 'https://x-access-token@evil.example': ", 'another host (a redirect)'],
    ["Password for 'https://git.example.com.evil.example': ", 'a host that starts like it'],
    ["Password for 'http://git.example.com': ", 'plain http'],
    ["Password for 'https://git.example.com:8443': ", 'another port'],
    ['Password: ', 'no URL'],
    ["Passphrase for 'https://git.example.com': ", 'neither user name nor password'],
  ])('answers nothing, exit 1, to %j (%s)', (prompt) => {
    expect(askpass(prompt)).toEqual({ code: 1, stdout: '' });
  });
});

describe('capture and publish in two containers: the token never meets the push', () => {
  it('capture writes the snapshot to the handoff folder only; publish, with no kubeconfig or token, pushes it', async () => {
    const bare = makeRemote('split-site');
    const handoff = join(dir, 'handoff-git');
    const capture = await runEntrypoint({ HOME: join(dir, 'tmp'), KUBE_RUNBOOK_STEP: 'capture', KUBE_RUNBOOK_HANDOFF_DIR: handoff }, ['--kubeconfig', kubeconfig]);
    expect(capture.code, capture.stderr).toBe(0);
    const handed = readdirSync(handoff);
    expect(handed).toHaveLength(1);
    expect(lastLine(capture)).toBe(join(handoff, handed[0]!));
    // No --kubeconfig, no KUBECONFIG, no service-account mount: publish could not reach the API if it tried.
    const publish = await runEntrypoint({ HOME: join(dir, 'tmp'), TMPDIR: join(dir, 'tmp'), KUBE_RUNBOOK_STEP: 'publish', KUBE_RUNBOOK_HANDOFF_DIR: handoff, KUBE_RUNBOOK_OUTPUT: 'git', KUBE_RUNBOOK_GIT_REPOSITORY: bare });
    expect(publish.code, publish.stderr).toBe(0);
    expect(lastLine(publish)).toBe(`snapshots/${handed[0]}`);
    expect(git(['--git-dir', bare, 'show', `main:snapshots/${handed[0]}`])).toBe(readFileSync(join(handoff, handed[0]!), 'utf8'));
  });

  it('publish to a folder never replaces a snapshot already there: exit 1, one line, the old file kept', async () => {
    const handoff = join(dir, 'handoff-dir');
    const out = join(dir, 'published');
    const capture = await runEntrypoint({ HOME: join(dir, 'tmp'), KUBE_RUNBOOK_STEP: 'capture', KUBE_RUNBOOK_HANDOFF_DIR: handoff }, ['--kubeconfig', kubeconfig]);
    expect(capture.code, capture.stderr).toBe(0);
    const env = { HOME: join(dir, 'tmp'), KUBE_RUNBOOK_STEP: 'publish', KUBE_RUNBOOK_HANDOFF_DIR: handoff, KUBE_RUNBOOK_OUT_DIR: out };
    const first = await runEntrypoint(env);
    expect(first.code, first.stderr).toBe(0);
    const name = readdirSync(handoff)[0]!;
    expect(lastLine(first)).toBe(join(out, name));
    writeFileSync(join(out, name), 'kept');
    const second = await runEntrypoint(env);
    expect(second.code).toBe(1);
    expect(second.stderr.replaceAll(out, 'OUT')).toBe(`kube-runbook: OUT/${name} already exists and snapshots are never replaced; nothing was published (move that file away to replace it)\n`);
    expect(readFileSync(join(out, name), 'utf8')).toBe('kept');
    expect(readdirSync(out)).toEqual([name]);
  });

  it.each([
    ['an empty handoff folder', 'dir', [], 'no snapshot in HANDOFF: the capture step (initContainer) wrote none'],
    ['two snapshots', 'dir', ['a.json', 'b.json'], '2 snapshots in HANDOFF, expected the one the capture step wrote'],
    // Before cloning: the repository does not even exist.
    ['an empty handoff folder, in git mode', 'git', [], 'no snapshot in HANDOFF: the capture step (initContainer) wrote none'],
  ])('publish refuses %s in one line', async (name, output, files, message) => {
    const handoff = join(dir, `handoff-${name.replace(/\W+/g, '-')}`);
    mkdirSync(handoff);
    for (const file of files) writeFileSync(join(handoff, file), '{}');
    const run = await runEntrypoint({
      HOME: join(dir, 'tmp'), TMPDIR: join(dir, 'tmp'), KUBE_RUNBOOK_STEP: 'publish', KUBE_RUNBOOK_HANDOFF_DIR: handoff, KUBE_RUNBOOK_OUTPUT: output,
      KUBE_RUNBOOK_OUT_DIR: join(dir, 'never'), KUBE_RUNBOOK_GIT_REPOSITORY: join(dir, 'repos', 'never.git'),
    });
    expect([run.code, run.stderr.replaceAll(handoff, 'HANDOFF')]).toEqual([1, `kube-runbook: ${message}\n`]);
  });
});

describe('git mode refuses unsafe or incomplete settings before cloning', () => {
  const URL_CREDENTIALS = 'the repository URL carries credentials; put them in the Secret kube-runbook-git-credentials instead (docs/deploy.md)';
  it.each<[string, Record<string, string>, string]>([
    ['no repository', {}, "KUBE_RUNBOOK_GIT_REPOSITORY is empty; set 'repository' in the ConfigMap kube-runbook-git (docs/deploy.md)"],
    ['a token inside the URL', { KUBE_RUNBOOK_GIT_REPOSITORY: `https://x-access-token:${TOKEN}@github.com/me/site.git` }, URL_CREDENTIALS],
    ["a token as the URL's user", { KUBE_RUNBOOK_GIT_REPOSITORY: `https://${TOKEN}@github.com/me/site.git` }, URL_CREDENTIALS],
    ['a password in an ssh URL', { KUBE_RUNBOOK_GIT_REPOSITORY: `ssh://git:${TOKEN}@github.com/me/site.git` }, URL_CREDENTIALS],
    ['an absolute directory', { KUBE_RUNBOOK_GIT_REPOSITORY: 'file:///nowhere.git', KUBE_RUNBOOK_GIT_DIRECTORY: '/etc' },
      'KUBE_RUNBOOK_GIT_DIRECTORY must be a relative path inside the repository, got: /etc'],
    ['a directory leaving the repository', { KUBE_RUNBOOK_GIT_REPOSITORY: 'file:///nowhere.git', KUBE_RUNBOOK_GIT_DIRECTORY: 'snapshots/../../x' },
      'KUBE_RUNBOOK_GIT_DIRECTORY must be a relative path inside the repository, got: snapshots/../../x'],
    ['a token for an ssh URL', { KUBE_RUNBOOK_GIT_REPOSITORY: 'git@github.com:me/site.git', KUBE_RUNBOOK_GIT_CREDENTIALS: 'SECRET:token' },
      'the Secret kube-runbook-git-credentials holds a token, which needs an https:// repository URL, got: git@github.com:me/site.git'],
    ['a key without known_hosts', { KUBE_RUNBOOK_GIT_REPOSITORY: 'git@github.com:me/site.git', KUBE_RUNBOOK_GIT_CREDENTIALS: 'SECRET:ssh-privatekey' },
      "the Secret kube-runbook-git-credentials has ssh-privatekey but no known_hosts; add the host's key (docs/deploy.md)"],
    ['an empty Secret', { KUBE_RUNBOOK_GIT_REPOSITORY: 'git@github.com:me/site.git', KUBE_RUNBOOK_GIT_CREDENTIALS: 'SECRET:' },
      'SECRETS/an-empty-Secret holds neither ssh-privatekey nor token; create the Secret kube-runbook-git-credentials (docs/deploy.md)'],
  ])('%s', async (name, env, message) => {
    const settings = { ...env };
    if (settings['KUBE_RUNBOOK_GIT_CREDENTIALS']?.startsWith('SECRET:')) {
      const key = settings['KUBE_RUNBOOK_GIT_CREDENTIALS'].slice('SECRET:'.length);
      settings['KUBE_RUNBOOK_GIT_CREDENTIALS'] = secretDir(name.replaceAll(' ', '-'), key ? { [key]: TOKEN } : {});
    }
    const run = await gitRun(settings);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.replaceAll(join(dir, 'secrets'), 'SECRETS')).toBe(`kube-runbook: ${message}\n`);
  });

  it('an unknown output mode', async () => {
    const run = await runEntrypoint({ HOME: dir, KUBE_RUNBOOK_OUTPUT: 's3' });
    expect([run.code, run.stderr]).toEqual([1, 'kube-runbook: KUBE_RUNBOOK_OUTPUT must be dir or git, got: s3\n']);
  });
});
