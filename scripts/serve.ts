/** `npm run serve`: serves the built site (dist/) on this machine, with no network and no cluster. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { invalidOption } from '../src/cli/args-error.ts';
import { defineCommand, type ArgsOf } from '../src/cli/define.ts';
import { isMain, PREFIX, runMain, type CliIO } from '../src/cli/run.ts';
import { serveStatic } from '../src/site/offline/static-server.ts';
import { RunbookError } from '../src/snapshot/errors.ts';

/** `npm run serve`: its options, parsing and --help. */
export const SERVE = defineCommand({
  name: 'npm run serve --',
  description: 'Serves a built copy of the runbook (npm run build) from this machine: no cluster, no network needed.',
  options: {
    port: { type: 'string', value: 'N', description: 'port to listen on; 0 picks a free one', default: '4173' },
    host: { type: 'string', value: 'ADDR', description: 'address to listen on; 0.0.0.0 for every network interface', default: '127.0.0.1' },
    dir: { type: 'string', value: 'DIR', description: 'folder of the built site', default: 'dist' },
    'allow-host': { type: 'string', multiple: true, value: 'NAME', description: 'a host name to answer besides localhost, IP addresses and this machine (DNS-rebinding guard); repeatable' },
  },
});

/** The port to listen on, checked. */
export function portOf(args: ArgsOf<typeof SERVE>): number {
  const port = /^\d+$/.test(args.port) ? Number(args.port) : Number.NaN;
  if (!(port <= 65535)) throw invalidOption(SERVE, 'port', 'a port number 0-65535', args.port);
  return port;
}

/** Serves `--dir` until SIGINT or SIGTERM; prints the URL on `out`. */
export async function serve(args: ArgsOf<typeof SERVE>, io: CliIO): Promise<void> {
  const port = portOf(args);
  const dir = resolve(args.dir);
  if (!existsSync(join(dir, 'index.html'))) throw new RunbookError('E_INPUT', `${dir}: no built site here (index.html missing); run npm run build first, or pass --dir`);
  const { url, close } = await serveStatic(dir, { host: args.host, port, allowedHosts: args['allow-host'], onError: (line) => io.log(`${PREFIX} ${line}`) }).catch((error: unknown) => {
    throw listenError(error, args.host, port);
  });
  io.log(`${PREFIX} serving ${dir}`);
  io.out(url);
  const stop = () => void close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** A port or address this machine cannot listen on is the user's to fix; anything else stays a bug. */
function listenError(error: unknown, host: string, port: number): unknown {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return new RunbookError('E_ARGS', `port ${port} on ${host} is in use; pass --port with another number`);
    case 'EACCES':
      return new RunbookError('E_ARGS', `port ${port} on ${host} needs privileges; pass --port 1024 or above`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new RunbookError('E_ARGS', `--host ${host}: not an address of this machine; pass e.g. --host 127.0.0.1`);
    default:
      return error;
  }
}

if (isMain(import.meta.url)) await runMain(SERVE, serve);
