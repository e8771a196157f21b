import { spawn } from 'node:child_process';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { testCerts } from '../fake-api/certs.ts';

/** A git smart-HTTP server over HTTPS that requires one user name and token (HTTP Basic). */
export type GitHttp = {
  /** https://127.0.0.1:PORT: repositories are `${url}/<name>.git` under the served root. */
  url: string;
  /** The Authorization header of every request, in order ('' when absent). */
  authorizations: string[];
  close(): Promise<void>;
};

/** Serves the bare repositories under `root` with `git http-backend`, like a forge with a token. */
export async function startGitHttp(root: string, credentials: { username: string; token: string }): Promise<GitHttp> {
  const expected = `Basic ${Buffer.from(`${credentials.username}:${credentials.token}`).toString('base64')}`;
  const authorizations: string[] = [];
  const { keyPem, certPem } = testCerts();
  const server = createServer({ key: keyPem, cert: certPem }, (req, res) => {
    const authorization = String(req.headers.authorization ?? '');
    authorizations.push(authorization);
    if (authorization !== expected) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env['PATH'],
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: String(req.headers['content-type'] ?? ''),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_USER: credentials.username,
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    cgi.on('close', () => {
      const output = Buffer.concat(chunks);
      const split = output.indexOf('\r\n\r\n');
      const head = output.subarray(0, split).toString().split('\r\n');
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head) {
        const [name = '', ...value] = line.split(': ');
        if (name.toLowerCase() === 'status') status = Number.parseInt(value.join(': '), 10);
        else if (name) headers[name] = value.join(': ');
      }
      res.writeHead(status, headers);
      res.end(output.subarray(split + 4));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    authorizations,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
