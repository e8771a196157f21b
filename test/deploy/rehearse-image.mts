// A rehearsal of deploy/Containerfile where no container engine exists (run as root, Linux):
//   npx tsx test/deploy/rehearse-image.mts [dir|git]
// Lays out /app as the image does (runtime dependencies only, owned by root), then runs
// deploy/entrypoint.sh as UID 10001 in a private mount namespace whose root filesystem is read-only
// and whose /tmp-like folder is a tmpfs, in-cluster against the fake API. Prints peak RSS.
// Not part of `npm test`: it needs root, unshare(1) and setpriv(1).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testCerts } from '../fake-api/certs.ts';
import { startFakeApi } from '../fake-api/server.ts';
import { fakeCluster } from '../fixtures/fake-api/cluster.ts';
import { buildCli } from '../../scripts/build-cli.mjs';

const mode = process.argv[2] ?? 'dir';
const ROOT = join(import.meta.dirname, '../..');
const R = mkdtempSync(join(tmpdir(), 'kube-runbook-image-'));
const app = join(R, 'app');

// The image's /app: what the Containerfile copies (the CLI as its `cli` stage builds it), and the
// packages `npm ci --omit=dev` installs.
await buildCli();
for (const path of ['package.json', 'build/cli', 'deploy/entrypoint.sh', 'deploy/git-askpass.sh']) {
  cpSync(join(ROOT, path), join(app, path), { recursive: true });
}
const production = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n').filter((p) => p.startsWith(join(ROOT, 'node_modules/')));
for (const path of new Set(production)) cpSync(path, join(app, path.slice(ROOT.length + 1)), { recursive: true });
execFileSync('chown', ['-R', 'root:root', app]);
execFileSync('chmod', ['-R', 'go-w', app]);
// Node 24 (the project's) stands in for node:24-alpine's /usr/local/bin/node.
mkdirSync(join(R, 'bin'));
copyFileSync(process.execPath, join(R, 'bin/node'));
chmodSync(join(R, 'bin/node'), 0o755);
cpSync(join(import.meta.dirname, 'serviceaccount-mount.mjs'), join(R, 'bin/sa.mjs'));
chmodSync(R, 0o755);

const api = await startFakeApi({ cluster: fakeCluster({ caPem: testCerts().caPem, sealedSecretsCrd: true }), token: 'rehearsal-token' });
mkdirSync(join(R, 'sa'));
writeFileSync(join(R, 'sa/token'), 'rehearsal-token');
writeFileSync(join(R, 'sa/ca.crt'), api.caPem);
writeFileSync(join(R, 'sa/namespace'), 'kube-system');
for (const dir of ['tmp', 'snapshots']) {
  mkdirSync(join(R, dir));
  chownSync(join(R, dir), 10001, 10001);
}
const remote = join(R, 'remote.git');
if (mode === 'git') {
  const seed = join(R, 'seed');
  const git = (args: string[], cwd?: string) => execFileSync('git', ['-c', 'user.name=seed', '-c', 'user.email=seed@example.com', ...args], { cwd });
  git(['init', '-q', '--bare', '-b', 'main', remote]);
  git(['init', '-q', '-b', 'main', seed]);
  writeFileSync(join(seed, 'README.md'), 'site\n');
  git(['add', 'README.md'], seed);
  git(['commit', '-qm', 'site'], seed);
  git(['push', '-q', remote, 'HEAD:main'], seed);
  execFileSync('chown', ['-R', '10001:10001', remote]);
}

const env = [
  `PATH=${R}/bin:/usr/bin:/bin`, `HOME=${R}/tmp`, `TMPDIR=${R}/tmp`, 'NODE_ENV=production', `KUBE_RUNBOOK_APP=${app}`,
  'KUBERNETES_SERVICE_HOST=127.0.0.1', `KUBERNETES_SERVICE_PORT=${new URL(api.url).port}`,
  `NODE_OPTIONS=--max-old-space-size=256 --import ${R}/bin/sa.mjs`, `KUBE_RUNBOOK_TEST_SA_DIR=${R}/sa`,
  ...(mode === 'git' ? ['KUBE_RUNBOOK_OUTPUT=git', `KUBE_RUNBOOK_GIT_REPOSITORY=file://${remote}`] : ['KUBE_RUNBOOK_OUTPUT=dir', `KUBE_RUNBOOK_OUT_DIR=${R}/snapshots`]),
];
const script = `set -eu
mount -t tmpfs -o size=256m,uid=10001,gid=10001,mode=0700 tmpfs ${R}/tmp
mount --bind ${R}/snapshots ${R}/snapshots
${mode === 'git' ? `mount --bind ${remote} ${remote}` : ''}
mount -o remount,bind,ro /
exec /usr/bin/time -f 'peak RSS %M KB, wall %e s' setpriv --reuid=10001 --regid=10001 --clear-groups env -i ${env.map((e) => `'${e}'`).join(' ')} \\
  sh -c 'if touch ${app}/probe 2>/dev/null; then echo "root filesystem is writable" >&2; exit 1; fi; exec ${app}/deploy/entrypoint.sh'`;
const child = spawn('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script], { stdio: 'inherit' });
const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
await api.close();
console.log(`exit ${code}; ${mode === 'git' ? execFileSync('git', ['--git-dir', remote, 'log', '--format=%s', 'main'], { encoding: 'utf8' }).trim().replace(/\n/g, ' | ') : readdirSync(join(R, 'snapshots')).join(' ')}`);
rmSync(R, { recursive: true, force: true });
process.exitCode = code ?? 1;
