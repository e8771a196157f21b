import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capture, type CaptureOptions } from '../../src/snapshot/capture.ts';
import { issueCertificate, testCerts } from '../fake-api/certs.ts';
import { startFakeKubelet, type FakeKubelet } from '../fake-api/kubelet.ts';
import { writeKubeconfig } from '../fake-api/kubeconfig.ts';
import { startFakeApi, type FakeApi, type FakeApiOptions } from '../fake-api/server.ts';
import { fakeCluster } from '../fixtures/fake-api/cluster.ts';

/** A running fake API with the fixture cluster, a kubeconfig for it, and a capture bound to both. */
export type Harness = {
  api: FakeApi;
  /** The one fake kubelet every node's kubelet port points at (loopback, self-signed, valid a year). */
  kubelet: FakeKubelet;
  dir: string;
  kubeconfig: string;
  lines: string[];
  run(options?: Partial<CaptureOptions>): ReturnType<typeof capture>;
  close(): Promise<void>;
};

/** Starts the fake API over the fixture cluster (options override the defaults: small pages, quick timeouts). */
export async function harness(options: Partial<FakeApiOptions> & { sealedSecretsCrd?: boolean } = {}): Promise<Harness> {
  // Nodes point at a loopback kubelet: a probe of their real-looking addresses would leave the machine.
  const kubelet = await startFakeKubelet(issueCertificate({ cn: 'rpi-master-1@1731398400', sans: ['DNS:rpi-master-1'], notBefore: new Date(), notAfter: new Date(Date.now() + 365 * 86_400_000), selfSigned: true }));
  const endpoint = { address: '127.0.0.1', port: kubelet.port };
  const kubelets = { 'rpi-master-1': endpoint, 'rpi-worker-1': endpoint, 'rpi-worker-2': endpoint };
  const api = await startFakeApi({ cluster: fakeCluster({ caPem: testCerts().caPem, sealedSecretsCrd: options.sealedSecretsCrd, kubelets }), recordBodies: true, ...options });
  const dir = mkdtempSync(join(tmpdir(), 'capture-test-'));
  const kubeconfig = writeKubeconfig(dir, api);
  const lines: string[] = [];
  return {
    api,
    kubelet,
    dir,
    kubeconfig,
    lines,
    run: (overrides = {}) =>
      capture({ kubeconfig, namespace: 'kube-system', now: () => new Date('2026-11-24T09:30:00.123Z'), onProgress: (l) => lines.push(l), retries: 2, timeoutMs: 2_000, ...overrides }),
    close: async () => {
      await api.close();
      await kubelet.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An error message with the fake server's random port replaced, for inline snapshots. */
export function portless(error: unknown): string {
  return String((error as Error).message).replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT');
}
