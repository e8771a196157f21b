/**
 * Bench child: the pods list through client-node's typed API (CoreV1Api.listNamespacedPod, 500 a
 * page), the design capture.ts does not use; kept to show why.
 */
import { CoreV1Api, KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { report } from './child.ts';

const kc = new KubeConfig();
kc.loadFromFile(process.env['BENCH_KUBECONFIG']!);
const core = kc.makeApiClient(CoreV1Api);
const pods: V1Pod[] = [];
const started = performance.now();
let token: string | undefined;
do {
  const page = await core.listNamespacedPod({ namespace: 'kube-system', limit: 500, _continue: token });
  pods.push(...page.items);
  token = page.metadata?._continue;
} while (token);
const ms = performance.now() - started;
report({ ms, items: pods.length, detail: { pods: Math.round(ms) } });
