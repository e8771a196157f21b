import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Writes a kubeconfig for a fake API server (its CA, its token) into `dir`; returns the file's path. */
export function writeKubeconfig(dir: string, api: { url: string; caPem: string; token: string }, options: { token?: string; server?: string; withoutCa?: boolean } = {}): string {
  const file = join(dir, 'kubeconfig.yaml');
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{
      name: 'fake-cluster',
      cluster: { server: options.server ?? api.url, ...(options.withoutCa ? {} : { 'certificate-authority-data': Buffer.from(api.caPem).toString('base64') }) },
    }],
    users: [{ name: 'fake-user', user: { token: options.token ?? api.token } }],
    contexts: [{ name: 'fake', context: { cluster: 'fake-cluster', user: 'fake-user', namespace: 'kube-system' } }],
    'current-context': 'fake',
  };
  writeFileSync(file, stringify(config));
  return file;
}
