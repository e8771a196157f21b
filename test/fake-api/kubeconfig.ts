import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Writes a kubeconfig for a fake API server (its CA, its token) into `dir`; returns the file's path. */
export function writeKubeconfig(dir: string, api: { url: string; caPem: string; token: string }, options: { token?: string; server?: string; withoutCa?: boolean; clientCert?: { certPem: string; keyPem: string } } = {}): string {
  const file = join(dir, 'kubeconfig.yaml');
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{
      name: 'fake-cluster',
      cluster: { server: options.server ?? api.url, ...(options.withoutCa ? {} : { 'certificate-authority-data': Buffer.from(api.caPem).toString('base64') }) },
    }],
    users: [{
      name: 'fake-user',
      user: {
        token: options.token ?? api.token,
        // admin.conf's form: a client certificate (the fake server does not ask for it; the token still authenticates).
        ...(options.clientCert
          ? { 'client-certificate-data': Buffer.from(options.clientCert.certPem).toString('base64'), 'client-key-data': Buffer.from(options.clientCert.keyPem).toString('base64') }
          : {}),
      },
    }],
    contexts: [{ name: 'fake', context: { cluster: 'fake-cluster', user: 'fake-user', namespace: 'kube-system' } }],
    'current-context': 'fake',
  };
  writeFileSync(file, stringify(config));
  return file;
}
