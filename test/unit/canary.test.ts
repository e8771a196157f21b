import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/snapshot/redact.ts';
import { lastLine, runCli, type CliRun } from '../fixtures/run-cli.ts';

const FILES = ['secrets.json', 'workloads.yaml', 'config.yaml', 'hostile.yaml'].map((file) => `test/fixtures/canaries/${file}`);

describe('secret canaries planted in a --from dump', () => {
  let run: CliRun;
  let written: string;
  let out: string;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'kube-runbook-canary-'));
    run = runCli([...FILES.flatMap((file) => ['--from', file]), '--out', out]);
    written = await readFile(lastLine(run.stdout), 'utf8');
  });

  it('the fixture really holds them', async () => {
    const planted = (await Promise.all(FILES.map((file) => readFile(file, 'utf8')))).join('\n');
    expect(planted.match(/CANARY[\w-]*/g)!.length).toBeGreaterThanOrEqual(50);
  });

  it('the CLI succeeds and writes one file', async () => {
    expect(run.status).toBe(0);
    expect(await readdir(out)).toHaveLength(1);
  });

  it('appear nowhere in the snapshot, stdout or stderr', () => {
    expect(written).not.toContain('CANARY');
    expect(run.stdout).not.toContain('CANARY');
    expect(run.stderr).not.toContain('CANARY');
  });

  it('the fields that held them are still there, redacted', () => {
    const snapshot = JSON.parse(written);
    const commands = Object.fromEntries(
      snapshot.pods.map((pod: { name: string; containers: { command: string[] }[] }) => [pod.name, pod.containers.map((container) => container.command.join(' '))]),
    );
    expect(commands).toEqual({
      'agent-abcde': [
        `/agent -p ${REDACTED} --db-pass=${REDACTED} --auth=${REDACTED} --set=${REDACTED} --password:${REDACTED} --webhook=${REDACTED} --id-token=${REDACTED}`,
        `sh -c curl -u ${REDACTED} https://h; curl -H ${REDACTED} ${REDACTED} ${REDACTED} ${REDACTED} echo ${REDACTED}`,
      ],
      'app-6b7f9c-x2x2x': [
        `sh -c until curl -s ${REDACTED} do sleep 1; done`,
        `/app --password=${REDACTED} --token ${REDACTED} --db-url=${REDACTED} --client-secret=${REDACTED} --port=8080`,
        `sh -c exec sidecar --api-key ${REDACTED} --verbose`,
      ],
    });
    expect(snapshot.pods[1].containers[1].env).toEqual([
      { name: 'PLAIN_SETTING', from: 'value' },
      { name: 'DB_PASSWORD', from: 'value' },
      { name: 'FROM_SECRET', from: 'secretKeyRef' },
    ]);
    expect(snapshot.secrets).toEqual([{ name: 'app-credentials', type: 'Opaque', keyCount: 3, labels: {}, createdAt: '2026-11-01T00:00:00Z' }]);
    const configText = Object.fromEntries(snapshot.configMaps.map((configMap: { name: string; data: Record<string, string> }) => [configMap.name, configMap.data]));
    expect(configText['kubelet-config'].kubelet).toContain('staticPodPath: /etc/kubernetes/manifests');
    expect(configText['kubelet-config'].kubelet).toContain(`staticPodURLHeader: "${REDACTED}"`);
    expect(configText['kubeadm-config'].ClusterConfiguration).toContain(`- name: oidc-client-secret\n      value: "${REDACTED}"`);
    expect(configText['kubeadm-config'].ClusterConfiguration).toContain('value: https://issuer.example');
    expect(configText['kube-proxy']).toEqual({ 'config.conf': expect.stringContaining(`password: "${REDACTED}"`) });
    expect(configText.coredns.Corefile).toContain(`    etcd ${REDACTED}\n    tsig ${REDACTED}\n    azure ${REDACTED}\n    route53 ${REDACTED}\n    forward . tls://${REDACTED}@9.9.9.9\n`);
    expect(configText['app-settings']).toEqual({});
    expect(snapshot.events.map((event: { message: string }) => event.message)).toEqual([
      `Readiness probe failed: login with password ${REDACTED} refused; the password is ${REDACTED}`,
      `Error: failed to start: exec app --token=${REDACTED} --password ${REDACTED}`,
    ]);
    expect(snapshot.nodes[1].conditions[0].message).toBe(`registry auth ${REDACTED} password ${REDACTED} token: ${REDACTED}`);
    expect(snapshot.sealedSecrets.find((sealed: { name: string }) => sealed.name === 'db').message).toBe(`no key could decrypt secret ${REDACTED} ${REDACTED}`);
  });
});
