// Test-only preload (node --import): serves the service-account files a pod sees under
// /var/run/secrets/kubernetes.io/serviceaccount from KUBE_RUNBOOK_TEST_SA_DIR, as a volume mount
// would, so the CLI's unmodified in-cluster path (client-node loadFromDefault -> loadFromCluster)
// runs outside a pod. Each file read there is appended to KUBE_RUNBOOK_TEST_SA_LOG.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
const dir = process.env.KUBE_RUNBOOK_TEST_SA_DIR;
const log = process.env.KUBE_RUNBOOK_TEST_SA_LOG;
if (!dir) throw new Error('serviceaccount-mount.mjs: set KUBE_RUNBOOK_TEST_SA_DIR');

const { appendFileSync } = fs;
const mapped = (path) => {
  if (typeof path !== 'string' || (path !== MOUNT && !path.startsWith(`${MOUNT}/`))) return path;
  if (log) appendFileSync(log, `${path}\n`);
  return dir + path.slice(MOUNT.length);
};
for (const name of ['accessSync', 'existsSync', 'statSync', 'readFileSync']) {
  const original = fs[name];
  fs[name] = (path, ...rest) => original(mapped(path), ...rest);
}
syncBuiltinESMExports();
