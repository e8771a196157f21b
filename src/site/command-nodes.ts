import { RunbookError } from '../snapshot/errors.ts';
import { placeholdersIn } from './live-values.ts';

/**
 * Where a command that names `{{controlPlaneNode}}` must run when the cluster has several
 * control-plane nodes: on `any` one of them (an etcd snapshot holds the whole keyspace), or on
 * `each` node it concerns (a node's own manifests, containers and logs).
 */
export type NodeScope = 'any' | 'each';

const NODES = /(?:^|\s)nodes=["']?(any|each)["']?/;

/**
 * The `nodes=any|each` of a command fence. A command with `{{controlPlaneNode}}` must say which:
 * on an HA cluster the page names every node and tells the reader where to run it. Throws,
 * naming `where`, when it does not.
 */
export function nodeScope(code: string, meta: string, where: string): NodeScope | null {
  const scope = (NODES.exec(meta)?.[1] ?? null) as NodeScope | null;
  if (scope === null && placeholdersIn(code).includes('controlPlaneNode')) {
    throw new RunbookError('E_INPUT', `${where}: a command with {{controlPlaneNode}} needs nodes=any or nodes=each in its fence (on several control-plane nodes: run on one of them, or on the node concerned)`);
  }
  return scope;
}

/** The meta without `nodes=…`, for Expressive Code, which does not know it. */
export function withoutNodeScope(meta: string): string {
  return meta.replace(NODES, '').trim();
}

/** Only the `nodes=…` of a fence's meta: what a listed copy (コマンド集), which shows no frame title, still needs. */
export function onlyNodeScope(meta: string): string {
  return NODES.exec(meta)?.[0].trim() ?? '';
}
