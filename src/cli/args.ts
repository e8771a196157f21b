import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { RunbookError } from '../snapshot/errors.ts';
import { time } from '../snapshot/normalize/fields.ts';

/** What `npm run snapshot` was asked to do. */
export type SnapshotArgs =
  | { help: true }
  | {
      help: false;
      kubeconfig: string | undefined;
      context: string | undefined;
      namespace: string;
      out: string;
      /** Dump files to read instead of a cluster; empty for a live capture. */
      from: string[];
      /** Mark the snapshot as a shipped example (`source: example`). */
      example: boolean;
      /** Fixed capture time for reproducible files; only with `--from`. */
      capturedAt: string | undefined;
    };

/** The --help text. */
export const USAGE = `Usage: npm run snapshot -- [options]

Captures the state of a namespace as a snapshot file and prints its path as the last line.

Options:
  --kubeconfig FILE    kubeconfig to use (default: KUBECONFIG, ~/.kube/config, or in-cluster)
  --context NAME       kubeconfig context (default: its current-context)
  --namespace NS       namespace to capture (default: kube-system)
  --out DIR            folder to write the snapshot into (default: snapshots)
  --from FILE          read kubectl get … -o json / -o yaml output instead of a cluster;
                       repeat for several files
  --example            mark the snapshot as a shipped example (with --from)
  --captured-at ISO    capture time to record, e.g. 2026-11-24T09:30:00Z (with --from)
  -h, --help           show this text
`;

const OPTIONS = {
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  namespace: { type: 'string', default: 'kube-system' },
  out: { type: 'string', default: 'snapshots' },
  from: { type: 'string', multiple: true, default: [] as string[] },
  example: { type: 'boolean', default: false },
  'captured-at': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsOptionsConfig;

const HINT = 'see npm run snapshot -- --help';

/** Parses the CLI's arguments; a mistake is a RunbookError E_ARGS with a --help hint. */
export function parseSnapshotArgs(argv: readonly string[]): SnapshotArgs {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new RunbookError('E_ARGS', `${describeParseError(error as Error & { code?: string })}; ${HINT}`);
  }
  if (values.help) return { help: true };
  const from = values.from;
  if (from.length > 0 && (values.kubeconfig !== undefined || values.context !== undefined)) {
    throw new RunbookError('E_ARGS', `--from reads files, not a cluster: drop --kubeconfig/--context or drop --from; ${HINT}`);
  }
  if (from.length === 0 && (values.example || values['captured-at'] !== undefined)) {
    throw new RunbookError('E_ARGS', `--example and --captured-at only apply to --from FILE; ${HINT}`);
  }
  let capturedAt: string | undefined;
  if (values['captured-at'] !== undefined) {
    const raw = values['captured-at'];
    capturedAt = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(raw) ? (time(raw) ?? undefined) : undefined;
    if (!capturedAt) throw new RunbookError('E_ARGS', `--captured-at: expected an ISO-8601 UTC time like 2026-11-24T09:30:00Z, received ${JSON.stringify(raw)}`);
  }
  for (const [flag, value] of [['--namespace', values.namespace], ['--out', values.out]] as const) {
    if (value.trim() === '') throw new RunbookError('E_ARGS', `${flag}: expected a value, received an empty string; ${HINT}`);
  }
  return {
    help: false,
    kubeconfig: values.kubeconfig,
    context: values.context,
    namespace: values.namespace,
    out: values.out,
    from,
    example: values.example,
    capturedAt,
  };
}

/** node:util's messages end in advice for programmers; ours name the option and the fix. */
function describeParseError(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${option ?? /'([^']*)'/.exec(error.message)?.[1] ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return (error.message.split('.')[0] ?? error.message).replace(/^Option/, 'option');
    default:
      return error.message;
  }
}
