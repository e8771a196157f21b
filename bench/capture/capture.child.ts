/** Bench child: one live capture() against the fake API (BENCH_KUBECONFIG). */
import { capture } from '../../src/snapshot/capture.ts';
import { report } from './child.ts';

const detail: Record<string, number> = {};
const started = performance.now();
const state = await capture({
  kubeconfig: process.env['BENCH_KUBECONFIG'],
  namespace: 'kube-system',
  onProgress: (line) => {
    const match = /^([\w./-]+): .* in (\d+) ms$/.exec(line);
    if (match) detail[match[1]!] = Number(match[2]);
  },
});
const ms = performance.now() - started;
const items = [state.pods, state.nodes, state.events, state.configMaps].reduce((n, l) => n + l.length, 0);
report({ ms, items, detail: { pods: detail['pods'] ?? -1 } });
