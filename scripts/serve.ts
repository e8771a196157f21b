/** `npm run serve`: serves the built site (dist/) on this machine, with no network and no cluster. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../src/site/offline/static-server.ts';

const USAGE = `Usage: npm run serve -- [--port N] [--host ADDR] [--dir DIR]

Serves a built copy of the runbook (npm run build) from this machine: no cluster, no network needed.

Options:
  --port N       port to listen on (default: 4173; 0 picks a free one)
  --host ADDR    address to listen on (default: 127.0.0.1, this machine only)
  --dir DIR      folder of the built site (default: dist)
  -h, --help     show this text
`;

function fail(message: string): never {
  process.stderr.write(`kube-runbook: ${message}\n`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2),
    options: { port: { type: 'string', default: '4173' }, host: { type: 'string', default: '127.0.0.1' }, dir: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(`${(error as Error).message}; see npm run serve -- --help`);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: expected a port number 0-65535, received ${JSON.stringify(values.port)}`);
const dir = resolve(values.dir);
if (!existsSync(join(dir, 'index.html'))) fail(`${dir}: no built site here (index.html missing); run npm run build first, or pass --dir`);

try {
  const { url, close } = await serveStatic(dir, { host: values.host, port });
  process.stderr.write(`kube-runbook: serving ${dir}\n`);
  process.stdout.write(`${url}\n`);
  const stop = () => void close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code === 'EADDRINUSE' ? `port ${port} on ${values.host} is in use; pass --port with another number` : (error as Error).message);
}
