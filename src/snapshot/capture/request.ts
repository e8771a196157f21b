import http from 'node:http';
import https from 'node:https';
import { StringDecoder } from 'node:string_decoder';
import type { User } from '@kubernetes/client-node';
import { RunbookError } from '../errors.ts';
import { redactText } from '../redact.ts';
import type { Connection } from './connection.ts';
import { DEFAULT_LIMITS, limitError, type Limits } from '../limits.ts';
import { ApiError, TransportError, oneLine } from './failures.ts';

/** Accept header for plain JSON objects and lists. */
const ACCEPT_JSON = 'application/json';

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

/** OpenSSL's words when the first bytes back are not a TLS record: a plain-HTTP server, or another protocol. */
const NOT_TLS = /wrong version number|packet length too long/i;

/** Names a low-level socket error the way a user can act on it. */
function transportError(error: NodeJS.ErrnoException, url: URL): TransportError {
  const code = error.code ?? '';
  const where = url.host;
  if (code === 'ECONNREFUSED') return new TransportError('refused', `connection refused by ${where}`, { cause: error });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new TransportError('dns', `cannot resolve ${url.hostname}`, { cause: error });
  if (NOT_TLS.test(error.message)) {
    const words = NOT_TLS.exec(error.message)![0];
    return new TransportError('not-tls', `${url.protocol}//${where} did not answer in TLS (${code || 'no code'}: ${words}, as a plain-HTTP server does)`, { cause: error });
  }
  if (TLS_CODES.test(code) || TLS_CODES.test(error.message)) {
    return new TransportError('tls', `TLS with ${where} failed (${code || error.message})`, { cause: error });
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || error.message === 'aborted') {
    // ECONNRESET or 'aborted' depending on where the socket died: one message for both.
    return new TransportError('cut', `connection to ${where} was cut before the answer was complete`, { cause: error });
  }
  return new TransportError('other', `cannot reach ${where} (${code || error.message})`, { cause: error });
}

/** Whether a kubeconfig user would send anything secret: a token, a client key, a password, a plugin's token. */
function hasCredentials(user: User | null): boolean {
  if (!user) return false;
  return Boolean(user.token || user.exec || user.authProvider || user.keyData || user.keyFile || user.password || (user as { tokenFile?: unknown }).tokenFile);
}

/** The server's message for a failed status, one line, redacted. */
export function statusMessage(text: string, status: number): string {
  // Redacted here, where the server's words enter: they reach retry lines, errors and gaps alike.
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message === 'string' && body.message) return redactText(oneLine(body.message));
  } catch {
    // not a Status object: fall through to the raw text
  }
  return redactText(oneLine(text)) || `HTTP ${status}`;
}

/**
 * One GET against the API, signed by the kubeconfig (client-node's applyToHTTPSOptions sets the CA,
 * client certificate, bearer / exec / OIDC token and proxy agent), parsed as JSON. The timeout
 * covers the whole exchange, headers and body; a body larger than `limits.maxBodyBytes` is refused
 * as soon as it says so (Content-Length) or grows past it.
 */
export async function getJson(conn: Connection, path: string, options: { accept?: string; timeoutMs: number; limits?: Limits }): Promise<unknown> {
  const { status, text, retryAfter, url } = await getText(conn, path, options);
  if (status < 200 || status >= 300) throw new ApiError(status, statusMessage(text, status), retryAfter);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TransportError('cut', `the answer from ${url.host} for ${path.split('?')[0]} is not JSON (${(error as Error).message})`, { cause: error });
  }
}

/** A complete answer of the API, whatever its status: text endpoints (`/readyz?verbose`) answer 500 with a body worth reading. */
export type TextAnswer = { status: number; text: string; retryAfter: number | null; url: URL };

/** One signed GET, returned as text with its status; transport failures, timeouts and bodies over the limit throw. */
export async function getText(conn: Connection, path: string, options: { accept?: string; timeoutMs: number; limits?: Limits }): Promise<TextAnswer> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const base = conn.server.pathname.replace(/\/$/, '');
  const url = new URL(`${base}${path}`, conn.server);
  const requestOptions: https.RequestOptions = {
    method: 'GET',
    headers: { Accept: options.accept ?? ACCEPT_JSON, 'User-Agent': 'kube-runbook' },
  };
  if (url.protocol === 'http:' && hasCredentials(conn.kc.getCurrentUser())) {
    // Checked before the credentials are fetched: an exec plugin's token must not even be produced for it.
    throw new RunbookError('E_KUBECONFIG', `${conn.server.origin}: the kubeconfig's server is plain http:// and its user has credentials; refusing to send them unencrypted: use the API server's https:// address`);
  }
  try {
    await conn.kc.applyToHTTPSOptions(requestOptions);
  } catch (error) {
    if (url.protocol === 'http:') {
      throw new RunbookError('E_KUBECONFIG', `${conn.server.origin}: the kubeconfig's server is plain http://, which @kubernetes/client-node refuses (${oneLine(String((error as Error).message ?? ''), 120)}); use the API server's https:// address`, { cause: error });
    }
    const user = conn.kc.getCurrentUser()?.name ?? 'the current user';
    const stopped = conn.execPlugins.stopped;
    if (stopped) {
      const what = `kubeconfig user "${user}": exec credential plugin "${stopped.command}" was stopped without giving credentials: its run`;
      throw limitError(what, 'maxExecMs', { ...DEFAULT_LIMITS, maxExecMs: stopped.limitMs }, 'if it waits for a login, log in with it once by hand first, or raise the limit');
    }
    // An exec plugin's stderr is the message, and it may quote the token it failed to refresh.
    const reason = redactText(oneLine(String((error as Error).message ?? ''), 160)) || 'it failed without a message';
    throw new RunbookError('E_KUBECONFIG', `kubeconfig user "${user}": cannot get credentials (${reason}); check its exec plugin / auth provider, or pick another --context`, { cause: error });
  }
  // The CA, client certificate and key stay on the request options, so the agent pools by them.
  if (conn.agent) requestOptions.agent = conn.agent;
  const send = url.protocol === 'http:' ? http.request : https.request;

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error);
    };
    const req = send(url, requestOptions, (res) => {
      // Decoded as it arrives: the page is held once, as text, not as chunks plus their concatenation.
      const decoder = new StringDecoder('utf8');
      const tooLarge = () => limitError(`the answer from ${url.host} for ${path.split('?')[0]}`, 'maxBodyBytes', limits);
      if (Number(res.headers['content-length']) > limits.maxBodyBytes) {
        fail(tooLarge());
        return;
      }
      let text = '';
      let bytes = 0;
      let complete = false;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > limits.maxBodyBytes) fail(tooLarge());
        else text += decoder.write(chunk);
      });
      res.on('end', () => {
        complete = true;
        if (settled) return;
        text += decoder.end();
        settled = true;
        clearTimeout(timer);
        const retryAfter = Number(res.headers['retry-after']);
        resolve({ status: res.statusCode ?? 0, text, retryAfter: Number.isFinite(retryAfter) ? retryAfter : null, url });
      });
      res.on('error', (error) => fail(transportError(error, url)));
      res.on('close', () => {
        if (!complete) fail(new TransportError('cut', `connection to ${url.host} was cut before the answer was complete`));
      });
    });
    const timer = setTimeout(
      () => fail(new TransportError('timeout', `no complete answer from ${url.host} within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    req.on('error', (error: NodeJS.ErrnoException) => fail(transportError(error, url)));
    req.end();
  });
}
