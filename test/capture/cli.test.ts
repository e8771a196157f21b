import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/snapshot/parse.ts';
import { writeKubeconfig } from '../fake-api/kubeconfig.ts';
import type { Fault } from '../fake-api/server.ts';
import { canaryForms } from '../fixtures/fake-api/cluster.ts';
import { lastLine, runCliAsync } from '../fixtures/run-cli.ts';
import { harness, type Harness } from './setup.ts';

const lines = (text: string) => text.split('\n').filter(Boolean);
/** Progress lines (`pods: 6 in 12 ms`) and retries; what is left on stderr is what went wrong. */
const isProgress = (line: string) => /^kube-runbook: [\w./-]+: .* in \d+ ms$/.test(line) || line.startsWith('kube-runbook: retry:');

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

describe('npm run snapshot against the fake API', () => {
  it('writes one valid snapshot and prints its path as the last stdout line', { timeout: 90_000 }, async () => {
    h.api.setFaults([]);
    const out = join(h.dir, 'ok');
    const result = await runCliAsync(['--kubeconfig', h.kubeconfig, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const path = lastLine(result.stdout);
    expect(readdirSync(out).map((f) => join(out, f))).toEqual([path]);
    const text = readFileSync(path, 'utf8');
    const snapshot = parseSnapshotText(text, path);
    expect([snapshot.source, snapshot.pods.length, snapshot.secrets.map((s) => s.name)]).toEqual(['live', 6, ['bootstrap-token-abcdef', 'etcd-backup-s3', 'sealed-secrets-keyabc12']]);
    expect(snapshot.pods.find((p) => p.name === 'kube-controller-manager-rpi-master-1')?.restarts).toBe(392);
    for (const canary of canaryForms()) expect(text + result.stdout + result.stderr).not.toContain(canary);
    expect(lines(result.stderr).some((l) => /^kube-runbook: pods: 6 in \d+ ms$/.test(l))).toBe(true);
  });

  it.each<[string, { faults?: Fault[]; kubeconfig?: { token?: string; server?: string } }, RegExp]>([
    ['an unreachable API', { kubeconfig: { server: 'https://127.0.0.1:1' } }, /^kube-runbook: https:\/\/127\.0\.0\.1:1: connection refused by 127\.0\.0\.1:1 while reading version; /],
    ['a refused token', { kubeconfig: { token: 'wrong' } }, /^kube-runbook: https:\/\/127\.0\.0\.1:\d+: 401 Unauthorized reading version \(Unauthorized\); /],
    ['pods forbidden', { faults: [{ path: '/api/v1/namespaces/kube-system/pods', respond: 403 }] }, /^kube-runbook: https:\/\/127\.0\.0\.1:\d+: 403 Forbidden listing pods \(.*\); grant /],
  ])('exits 1 on %s with one line, no new file, and the earlier file untouched', { timeout: 90_000 }, async (name, setup, message) => {
    h.api.setFaults(setup.faults ?? []);
    const slug = name.replace(/\W+/g, '-');
    const out = join(h.dir, slug);
    mkdirSync(out, { recursive: true });
    const earlier = join(out, '2026-11-23T09-30-00Z.json');
    writeFileSync(earlier, '{"earlier":true}\n');
    let kubeconfig = h.kubeconfig;
    if (setup.kubeconfig) {
      mkdirSync(join(h.dir, `${slug}-kc`));
      kubeconfig = writeKubeconfig(join(h.dir, `${slug}-kc`), h.api, setup.kubeconfig);
    }
    const result = await runCliAsync(['--kubeconfig', kubeconfig, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const problems = lines(result.stderr).filter((l) => !isProgress(l));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(readdirSync(out)).toEqual(['2026-11-23T09-30-00Z.json']);
    expect(readFileSync(earlier, 'utf8')).toBe('{"earlier":true}\n');
  });


  it('warns once per gap and still writes the snapshot when an optional list is forbidden', { timeout: 90_000 }, async () => {
    h.api.setFaults([{ path: '/api/v1/namespaces/kube-system/events', respond: 403 }]);
    const out = join(h.dir, 'events-forbidden');
    const result = await runCliAsync(['--kubeconfig', h.kubeconfig, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const snapshot = parseSnapshotText(readFileSync(lastLine(result.stdout), 'utf8'), 'written snapshot');
    expect(snapshot.gaps.map((gap) => [gap.resource, gap.reason])).toEqual([['events', 'forbidden']]);
    expect(lines(result.stderr).filter((line) => /warning.*events/.test(line))).toHaveLength(1);
  });

  it("adds kubeadm's certificate listing given with --certs to a live capture", { timeout: 90_000 }, async () => {
    h.api.setFaults([]);
    const out = join(h.dir, 'with-certs');
    const result = await runCliAsync(['--kubeconfig', h.kubeconfig, '--certs', 'test/fixtures/seed-cluster/kubeadm-certs.json', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const snapshot = parseSnapshotText(readFileSync(lastLine(result.stdout), 'utf8'), 'written snapshot');
    expect([snapshot.source, snapshot.certificates.filter((c) => c.source === 'kubeadm').length]).toEqual(['live', 14]);
    // The live reads are still there: the API server's own certificate from the TLS handshake.
    expect(snapshot.certificates.some((c) => c.source === 'api-server-tls')).toBe(true);
    expect(snapshot.certificates.find((c) => c.id === 'kubeadm/apiserver')).toMatchObject({ location: '/etc/kubernetes/pki/apiserver.crt', notAfter: '2027-11-12T08:00:00Z' });
    expect(lines(result.stderr)[0]).toBe('kube-runbook: test/fixtures/seed-cluster/kubeadm-certs.json: 14 certificates (kubeadm)');
  });

  it('refuses a --certs file that is no certificate listing before reading the cluster', { timeout: 90_000 }, async () => {
    h.api.setFaults([]);
    const out = join(h.dir, 'bad-certs');
    const result = await runCliAsync(['--kubeconfig', h.kubeconfig, '--certs', 'test/fixtures/seed-cluster/cluster.json', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      'kube-runbook: test/fixtures/seed-cluster/cluster.json: not a certificate listing; --certs reads the output of sudo kubeadm certs check-expiration -o json, or sudo k3s certificate check --output json',
    ]);
  });

  it('says it waits for the exec credential plugin, then ends (exit 1, one line, no file) when it hangs, even with a child holding its pipes', { timeout: 90_000 }, async () => {
    const kubeconfig = join(h.dir, 'hanging-plugin.yaml');
    writeFileSync(kubeconfig, stringify({
      apiVersion: 'v1', kind: 'Config', 'current-context': 'exec',
      clusters: [{ name: 'c', cluster: { server: h.api.url, 'certificate-authority-data': Buffer.from(h.api.caPem).toString('base64') } }],
      users: [{ name: 'sso-user', user: { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'sh', args: ['-c', 'sleep 60'] } } }],
      contexts: [{ name: 'exec', context: { cluster: 'c', user: 'sso-user' } }],
    }));
    const out = join(h.dir, 'hanging-plugin');
    const result = await runCliAsync(['--kubeconfig', kubeconfig, '--out', out], { KUBE_RUNBOOK_MAX_EXEC_SECONDS: '2' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr).filter((l) => !isProgress(l))).toEqual([
      'kube-runbook: kubeconfig user "sso-user": running exec credential plugin "sh" (stopped after 2 s)',
      'kube-runbook: kubeconfig user "sso-user": exec credential plugin "sh" was stopped without giving credentials: its run exceeds the limit of 2 s (KUBE_RUNBOOK_MAX_EXEC_SECONDS); if it waits for a login, log in with it once by hand first, or raise the limit, e.g. KUBE_RUNBOOK_MAX_EXEC_SECONDS=8',
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
