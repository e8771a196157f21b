import { RunbookError } from '../errors.ts';
import { redactText } from '../redact.ts';
import type { Gap } from '../schema.ts';
import type { Connection } from './connection.ts';
import { ApiError, BadAnswerError, TransportError, oneLine } from './failures.ts';

/**
 * How much a read matters: `required` (pods) ends the capture on any failure; `reach` (/version) only when the
 * server cannot be reached; `optional` reads leave a gap. A 401 ends the capture whatever the read.
 */
export type Need = 'required' | 'reach' | 'optional';

/** The error that ends a capture, or null when this failure only leaves a gap. */
export function fatalError(error: unknown, resource: string, conn: Connection, need: Need): RunbookError | null {
  const server = conn.server.origin;
  if (error instanceof ApiError && error.status === 401) {
    return new RunbookError('E_AUTH', `${server}: 401 Unauthorized reading ${resource} (${error.message}); renew the credentials of the kubeconfig's user or pick another --context`, { cause: error });
  }
  if (need === 'optional') return null;
  if (error instanceof TransportError) {
    const hint = error.kind === 'tls'
      ? "check the cluster's certificate-authority in the kubeconfig (the server's certificate is not trusted)"
      : error.kind === 'not-tls'
        ? "check the scheme and port of the cluster's server in the kubeconfig (an API server speaks https://, on 6443 with kubeadm)"
        : 'check that the cluster is up and that --kubeconfig/--context point at it';
    return new RunbookError('E_UNREACHABLE', `${server}: ${error.message} while reading ${resource}; ${hint}`, { cause: error });
  }
  if (need === 'reach') return null;
  if (error instanceof ApiError && error.status === 403) {
    return new RunbookError('E_FORBIDDEN', `${server}: 403 Forbidden listing ${resource} (${error.message}); grant the kubeconfig's user list on ${resource} (e.g. the "view" ClusterRole)`, { cause: error });
  }
  if (error instanceof ApiError || error instanceof BadAnswerError) {
    const status = error instanceof ApiError ? `HTTP ${error.status}` : 'bad answer';
    return new RunbookError('E_API', `${server}: ${status} reading ${resource} (${error.message}); retry later or check the API server's health`, { cause: error });
  }
  return null;
}

/** The gap an optional read leaves; anything that is not an API or transport failure is a bug and is rethrown. */
export function gapOf(error: unknown, resource: string, crd: boolean): Gap {
  if (error instanceof ApiError) {
    const reason = error.status === 403 ? 'forbidden' : error.status === 404 ? (crd ? 'crd-absent' : 'not-found') : 'error';
    return { resource, reason, httpStatus: error.status, message: error.message };
  }
  if (error instanceof TransportError || error instanceof BadAnswerError) {
    return { resource, reason: 'error', message: oneLine(error.message) };
  }
  throw error;
}

/** The warning line of a gap, its message redacted as the snapshot will hold it. */
export function gapWarning(gap: Gap): string {
  const status = gap.httpStatus ? ` (${gap.httpStatus})` : '';
  return `warning: ${gap.resource}: ${gap.reason}${status}: ${redactText(gap.message)}; the snapshot will say it is unknown`;
}
