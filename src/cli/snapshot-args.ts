import { time } from '../snapshot/normalize/fields.ts';
import { argsError, invalidOption } from './args-error.ts';
import { defineCommand, type ArgsOf } from './define.ts';

/** `npm run snapshot`: its options, parsing and --help. */
export const SNAPSHOT = defineCommand({
  name: 'npm run snapshot --',
  description: 'Captures the state of a namespace as a snapshot file and prints its path as the last line.',
  options: {
    kubeconfig: { type: 'string', value: 'FILE', description: 'kubeconfig to use (default: KUBECONFIG, ~/.kube/config, or in-cluster)' },
    context: { type: 'string', value: 'NAME', description: 'kubeconfig context (default: its current-context)' },
    namespace: { type: 'string', value: 'NS', description: 'namespace to capture', default: 'kube-system' },
    out: { type: 'string', value: 'DIR', description: 'folder to write the snapshot into', default: 'snapshots' },
    from: {
      type: 'string',
      multiple: true,
      value: 'PATH',
      description: 'read kubectl get … -o json / -o yaml output, or kubectl cluster-info\ndump (its stdout, or the --output-directory folder), instead of\na cluster; repeat for several files',
    },
    certs: {
      type: 'string',
      multiple: true,
      value: 'FILE',
      description: "add certificate expiries from a node's disk: the output of\nsudo kubeadm certs check-expiration -o json or\nsudo k3s certificate check --output json; with a live capture\nor --from; repeat for several files",
    },
    example: { type: 'boolean', description: 'mark the snapshot as a shipped example (with --from)' },
    capturedAt: { type: 'string', value: 'ISO', description: 'capture time to record, e.g. 2026-11-24T09:30:00Z (with --from)' },
  },
});

/** What `npm run snapshot` was asked to do. */
export type SnapshotArgs = ArgsOf<typeof SNAPSHOT>;

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The options that only make sense together, checked; `capturedAt` as the snapshot stores it. */
export function checkSnapshotArgs(args: SnapshotArgs): SnapshotArgs {
  if (args.from.length > 0 && (args.kubeconfig !== undefined || args.context !== undefined)) {
    throw argsError(SNAPSHOT, '--from reads files, not a cluster: drop --kubeconfig/--context or drop --from');
  }
  if (args.from.length === 0 && (args.example || args.capturedAt !== undefined)) {
    throw argsError(SNAPSHOT, '--example and --captured-at only apply to --from FILE');
  }
  if (args.capturedAt === undefined) return args;
  const capturedAt = UTC_TIME.test(args.capturedAt) ? time(args.capturedAt) : null;
  if (!capturedAt) throw invalidOption(SNAPSHOT, 'capturedAt', 'an ISO-8601 UTC time like 2026-11-24T09:30:00Z', args.capturedAt);
  return { ...args, capturedAt };
}
