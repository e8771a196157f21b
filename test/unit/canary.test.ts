import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/snapshot/redact.ts';
import { lastLine, runCli, type CliRun } from '../fixtures/run-cli.ts';

const FILES = ['secrets.json', 'workloads.yaml', 'config.yaml'].map((file) => `test/fixtures/canaries/${file}`);

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
    expect(planted.match(/CANARY[\w-]*/g)!.length).toBeGreaterThanOrEqual(25);
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
    const commands = snapshot.pods[0].containers.map((container: { command: string[] }) => container.command.join(' '));
    expect(commands).toEqual([
      `sh -c until curl -s https://${REDACTED}@db:5432; do sleep 1; done`,
      `/app --password=${REDACTED} --token ${REDACTED} --db-url=postgres://${REDACTED}@postgres:5432/app --client-secret=${REDACTED} --port=8080`,
      `sh -c exec sidecar --api-key ${REDACTED} --verbose`,
    ]);
    expect(snapshot.pods[0].containers[1].env).toEqual([
      { name: 'PLAIN_SETTING', from: 'value' },
      { name: 'DB_PASSWORD', from: 'value' },
      { name: 'FROM_SECRET', from: 'secretKeyRef' },
    ]);
    expect(snapshot.secrets).toEqual([{ name: 'app-credentials', type: 'Opaque', keyCount: 3, labels: {}, createdAt: '2026-11-01T00:00:00Z' }]);
    const configText = Object.fromEntries(snapshot.configMaps.map((configMap: { name: string; data: Record<string, string> }) => [configMap.name, configMap.data]));
    expect(configText['kubelet-config'].kubelet).toContain(`--token=${REDACTED}`);
    expect(configText['kubeadm-config'].ClusterConfiguration).toContain(`value: ${REDACTED}`);
    expect(configText['kube-proxy']).toEqual({ 'config.conf': expect.stringContaining(`password: ${REDACTED}`) });
    expect(configText['app-settings']).toEqual({});
    expect(snapshot.events[0].message).toBe(`Error: failed to start: exec app --token=${REDACTED} --password ${REDACTED}`);
  });
});
