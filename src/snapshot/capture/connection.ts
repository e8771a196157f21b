import https from 'node:https';
import { KubeConfig } from '@kubernetes/client-node';
import { RunbookError } from '../errors.ts';
import { boundExecPlugins, type ExecPlugins } from './exec-plugin.ts';

/** The API server a capture talks to, and the kubeconfig that signs its requests. */
export type Connection = {
  kc: KubeConfig;
  server: URL;
  clusterName: string | null;
  /**
   * A keep-alive agent replacing client-node's, which opens a TLS connection per request (slow
   * against a Raspberry Pi API server). Null behind a proxy, where client-node's proxy agent is needed.
   */
  agent: https.Agent | null;
  /** The user's exec credential plugin, bounded in time; says whether it was stopped. */
  execPlugins: ExecPlugins;
};

/** What client-node falls back to when it finds no kubeconfig at all. */
const NO_CONFIG_SERVER = 'http://localhost:8080';

/**
 * Loads the kubeconfig (the given file, else KUBECONFIG / ~/.kube/config / the in-cluster service
 * account, as client-node resolves them) and selects the context; an exec credential plugin may
 * run `execLimitMs` at most, and each start is a progress line.
 */
export function connect(options: { kubeconfig?: string; context?: string; onProgress?: (line: string) => void }, execLimitMs: number): Connection {
  const kc = new KubeConfig();
  const where = options.kubeconfig ?? 'the default kubeconfig (KUBECONFIG, ~/.kube/config, in-cluster)';
  try {
    if (options.kubeconfig) kc.loadFromFile(options.kubeconfig);
    else kc.loadFromDefault();
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new RunbookError('E_KUBECONFIG', `${where}: cannot load the kubeconfig (${reason}); pass a readable file with --kubeconfig`, { cause: error });
  }
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      const known = kc.getContexts().map((c) => c.name).join(', ') || 'none';
      throw new RunbookError('E_KUBECONFIG', `${where}: no context named "${options.context}" (contexts: ${known}); pass one of them with --context`);
    }
    kc.setCurrentContext(options.context);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster || (!options.kubeconfig && cluster.server === NO_CONFIG_SERVER && cluster.name === 'cluster')) {
    throw new RunbookError('E_KUBECONFIG', `${where}: no cluster found for the current context; pass --kubeconfig FILE or set KUBECONFIG`);
  }
  let server: URL;
  try {
    server = new URL(cluster.server);
  } catch (error) {
    throw new RunbookError('E_KUBECONFIG', `${where}: cluster "${cluster.name}" has server "${cluster.server}", which is not a URL; fix clusters[].cluster.server`, { cause: error });
  }
  const agent = !cluster.proxyUrl && server.protocol === 'https:' ? new https.Agent({ keepAlive: true, maxSockets: 4 }) : null;
  const user = kc.getCurrentUser()?.name ?? 'the current user';
  const onStart = (command: string) => options.onProgress?.(`kubeconfig user "${user}": running exec credential plugin "${command}" (stopped after ${execLimitMs / 1000} s)`);
  return { kc, server, clusterName: cluster.name || null, agent, execPlugins: boundExecPlugins(kc, execLimitMs, onStart) };
}
