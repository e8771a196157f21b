import { describe, expect, it } from 'vitest';
import { podColumns, type PodColumns } from '../../src/snapshot/pod-status.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';

type State = Record<string, unknown>;
const running: State = { running: { startedAt: '2026-11-24T09:00:00Z' } };
const waiting = (reason?: string): State => ({ waiting: reason ? { reason } : {} });
const terminated = (exitCode: number, reason?: string, signal?: number): State => ({
  terminated: { exitCode, ...(reason ? { reason } : {}), ...(signal ? { signal } : {}), finishedAt: '2026-11-24T09:10:00Z' },
});
const lastTerminated = (finishedAt: string): State => ({ terminated: { exitCode: 1, reason: 'Error', finishedAt } });

type C = { name: string; state?: State; ready?: boolean; restarts?: number; started?: boolean; lastState?: State };
const status = (c: C) => ({
  name: c.name,
  ready: c.ready ?? false,
  restartCount: c.restarts ?? 0,
  state: c.state ?? {},
  lastState: c.lastState ?? {},
  ...(c.started === undefined ? {} : { started: c.started }),
});

/** A pod with the given containers; conditions default to what the kubelet reports for the case. */
function pod(options: {
  containers?: C[];
  inits?: (C & { sidecar?: boolean })[];
  phase?: string;
  reason?: string;
  deleting?: boolean;
  ready?: boolean;
  initialized?: boolean;
  conditions?: { type: string; status: string; reason?: string }[];
  noStatuses?: boolean;
}): KubeObject {
  const containers = options.containers ?? [];
  const inits = options.inits ?? [];
  return {
    metadata: { name: 'p', ...(options.deleting ? { deletionTimestamp: '2026-11-24T09:20:00Z' } : {}) },
    spec: {
      containers: containers.map((c) => ({ name: c.name })),
      initContainers: inits.map((c) => ({ name: c.name, ...(c.sidecar ? { restartPolicy: 'Always' } : {}) })),
    },
    status: {
      phase: options.phase ?? 'Running',
      ...(options.reason ? { reason: options.reason } : {}),
      conditions: options.conditions ?? [
        { type: 'Initialized', status: options.initialized === false ? 'False' : 'True' },
        { type: 'Ready', status: options.ready ? 'True' : 'False' },
      ],
      ...(options.noStatuses
        ? {}
        : { containerStatuses: containers.map(status), initContainerStatuses: inits.map(status) }),
    },
  };
}

const cases: [string, KubeObject, Partial<PodColumns>][] = [
  ['Running and ready', pod({ containers: [{ name: 'a', state: running, ready: true }], ready: true }), { status: 'Running', ready: '1/1', restarts: 0, conditionReady: true }],
  ['Init:i/n while the second init container runs', pod({ phase: 'Pending', initialized: false, inits: [{ name: 'i0', state: terminated(0, 'Completed') }, { name: 'i1', state: running }], containers: [{ name: 'a', state: waiting('PodInitializing') }] }), { status: 'Init:1/2', ready: '0/1' }],
  ['Init:0/n while waiting with PodInitializing', pod({ phase: 'Pending', initialized: false, inits: [{ name: 'i0', state: waiting('PodInitializing') }], containers: [{ name: 'a' }] }), { status: 'Init:0/1' }],
  ['Init:<reason> from a waiting init container', pod({ phase: 'Pending', initialized: false, inits: [{ name: 'i0', state: waiting('CrashLoopBackOff'), restarts: 4 }], containers: [{ name: 'a', restarts: 9 }] }), { status: 'Init:CrashLoopBackOff', restarts: 4 }],
  ['Init:Error from a terminated init container', pod({ phase: 'Pending', initialized: false, inits: [{ name: 'i0', state: terminated(1, 'Error') }], containers: [{ name: 'a' }] }), { status: 'Init:Error' }],
  ['Init:Signal:N', pod({ phase: 'Pending', initialized: false, inits: [{ name: 'i0', state: terminated(137, undefined, 9) }], containers: [{ name: 'a' }] }), { status: 'Init:Signal:9' }],
  ['Init:ExitCode:N', pod({ phase: 'Pending', initialized: false, inits: [{ name: 'i0', state: terminated(3) }], containers: [{ name: 'a' }] }), { status: 'Init:ExitCode:3' }],
  ['PodInitializing after init containers completed', pod({ phase: 'Pending', inits: [{ name: 'i0', state: terminated(0, 'Completed') }], containers: [{ name: 'a', state: waiting('PodInitializing') }] }), { status: 'PodInitializing', ready: '0/1' }],
  ['ContainerCreating', pod({ phase: 'Pending', containers: [{ name: 'a', state: waiting('ContainerCreating') }] }), { status: 'ContainerCreating' }],
  ['CrashLoopBackOff with the last restart time', pod({ containers: [{ name: 'a', state: waiting('CrashLoopBackOff'), restarts: 392, lastState: lastTerminated('2026-11-24T09:05:00Z') }] }), { status: 'CrashLoopBackOff', restarts: 392, lastRestartAt: '2026-11-24T09:05:00Z' }],
  ['ImagePullBackOff', pod({ phase: 'Pending', containers: [{ name: 'a', state: waiting('ImagePullBackOff') }] }), { status: 'ImagePullBackOff', ready: '0/1' }],
  ['ErrImagePull', pod({ phase: 'Pending', containers: [{ name: 'a', state: waiting('ErrImagePull') }] }), { status: 'ErrImagePull' }],
  ['Completed', pod({ phase: 'Succeeded', containers: [{ name: 'a', state: terminated(0, 'Completed') }] }), { status: 'Completed', ready: '0/1' }],
  ['Error', pod({ phase: 'Failed', containers: [{ name: 'a', state: terminated(1, 'Error') }] }), { status: 'Error' }],
  ['OOMKilled', pod({ containers: [{ name: 'a', state: terminated(137, 'OOMKilled'), restarts: 2 }] }), { status: 'OOMKilled', restarts: 2 }],
  ['Signal:N', pod({ containers: [{ name: 'a', state: terminated(143, undefined, 15) }] }), { status: 'Signal:15' }],
  ['ExitCode:N', pod({ containers: [{ name: 'a', state: terminated(2) }] }), { status: 'ExitCode:2' }],
  ['Running with Completed and Ready condition -> Running', pod({ ready: true, containers: [{ name: 'a', state: running, ready: true }, { name: 'b', state: terminated(0, 'Completed') }] }), { status: 'Running', ready: '1/2' }],
  ['Running with Completed and no Ready condition -> NotReady', pod({ containers: [{ name: 'a', state: running, ready: true }, { name: 'b', state: terminated(0, 'Completed') }] }), { status: 'NotReady', ready: '1/2', conditionReady: false }],
  ['Terminating', pod({ deleting: true, ready: true, containers: [{ name: 'a', state: running, ready: true }] }), { status: 'Terminating', ready: '1/1' }],
  ['a deleted pod in a terminal phase keeps its status', pod({ deleting: true, phase: 'Succeeded', containers: [{ name: 'a', state: terminated(0, 'Completed') }] }), { status: 'Completed' }],
  ['Unknown when deleted with reason NodeLost', pod({ deleting: true, reason: 'NodeLost', containers: [{ name: 'a', state: running, ready: true }] }), { status: 'Unknown' }],
  ['NodeLost without deletion keeps running containers', pod({ reason: 'NodeLost', containers: [{ name: 'a', state: running, ready: true }] }), { status: 'NodeLost', ready: '1/1' }],
  ['Pending without statuses', pod({ phase: 'Pending', noStatuses: true, conditions: [], containers: [{ name: 'a' }, { name: 'b' }] }), { status: 'Pending', ready: '0/2', restarts: 0, lastRestartAt: null, conditionReady: false }],
  ['SchedulingGated', pod({ phase: 'Pending', noStatuses: true, conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }], containers: [{ name: 'a' }] }), { status: 'SchedulingGated' }],
  ['Evicted from status.reason', pod({ phase: 'Failed', reason: 'Evicted', noStatuses: true, containers: [{ name: 'a' }] }), { status: 'Evicted', ready: '0/1' }],
  ['running sidecar counts toward READY and its restarts count', pod({ ready: true, inits: [{ name: 's', sidecar: true, started: true, ready: true, state: running, restarts: 3 }], containers: [{ name: 'a', state: running, ready: true, restarts: 1 }] }), { status: 'Running', ready: '2/2', restarts: 4 }],
  ['a started sidecar that is not ready does not count toward READY', pod({ inits: [{ name: 's', sidecar: true, started: true, ready: false, state: running }], containers: [{ name: 'a', state: running, ready: true }] }), { status: 'Running', ready: '1/2' }],
  ['sidecar not yet started is initialization', pod({ phase: 'Pending', initialized: false, inits: [{ name: 's', sidecar: true, started: false, state: running }], containers: [{ name: 'a' }] }), { status: 'Init:0/1', ready: '0/2' }],
  ['completed ordinary init containers are not restarts of a running pod', pod({ ready: true, inits: [{ name: 'i0', state: terminated(0, 'Completed'), restarts: 5 }], containers: [{ name: 'a', state: running, ready: true }] }), { status: 'Running', restarts: 0 }],
  ['multi-container READY 1/2', pod({ containers: [{ name: 'a', state: running, ready: true }, { name: 'b', state: running, ready: false }] }), { status: 'Running', ready: '1/2' }],
  ['restarts sum over containers; the latest finishedAt wins', pod({ ready: true, containers: [{ name: 'a', state: running, ready: true, restarts: 380, lastState: lastTerminated('2026-11-20T01:00:00Z') }, { name: 'b', state: running, ready: true, restarts: 12, lastState: lastTerminated('2026-11-23T01:00:00Z') }] }), { status: 'Running', ready: '2/2', restarts: 392, lastRestartAt: '2026-11-23T01:00:00Z' }],
  ['the latest finishedAt wins whichever container comes first', pod({ containers: [{ name: 'a', state: waiting('CrashLoopBackOff'), restarts: 2, lastState: lastTerminated('2026-11-23T01:00:00Z') }, { name: 'b', state: running, ready: true, restarts: 1, lastState: lastTerminated('2026-11-20T01:00:00Z') }] }), { restarts: 3, lastRestartAt: '2026-11-23T01:00:00Z' }],
  ['a finishedAt equal to the latest does not replace it (Go\'s Time.Before)', pod({ containers: [{ name: 'a', state: running, ready: true, restarts: 1, lastState: lastTerminated('2026-11-23T02:00:00+01:00') }, { name: 'b', state: running, ready: true, restarts: 1, lastState: lastTerminated('2026-11-23T01:00:00Z') }] }), { restarts: 2, lastRestartAt: '2026-11-23T01:00:00Z' }],
  ['a finishedAt that is not a time is no last restart', pod({ containers: [{ name: 'a', state: running, ready: true, restarts: 1, lastState: lastTerminated('yesterday') }] }), { restarts: 1, lastRestartAt: null }],
  ['a sidecar next to an ordinary init container: only the sidecar counts toward READY and RESTARTS', pod({ ready: true, inits: [{ name: 'i0', state: terminated(0, 'Completed'), restarts: 5 }, { name: 's', sidecar: true, started: true, ready: true, state: running, restarts: 3 }], containers: [{ name: 'a', state: running, ready: true, restarts: 1 }] }), { status: 'Running', ready: '2/2', restarts: 4 }],
  ['SchedulingGated only from the PodScheduled condition', pod({ phase: 'Pending', noStatuses: true, conditions: [{ type: 'Ready', status: 'False', reason: 'SchedulingGated' }], containers: [{ name: 'a' }] }), { status: 'Pending' }],
  ['the first container waiting wins over later ones (walked last to first)', pod({ containers: [{ name: 'a', state: waiting('CrashLoopBackOff') }, { name: 'b', state: waiting('ContainerCreating') }] }), { status: 'CrashLoopBackOff' }],
];

describe('podColumns', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(podColumns(input)).toMatchObject(expected);
  });

  it('shows an empty STATUS, as kubectl does, for a pod with no status at all', () => {
    expect(podColumns({ metadata: { name: 'p' }, spec: { containers: [{ name: 'a' }] } })).toEqual({ status: '', ready: '0/1', restarts: 0, lastRestartAt: null, conditionReady: false });
  });

  it('returns every column for a ready pod', () => {
    expect(podColumns(pod({ ready: true, containers: [{ name: 'a', state: running, ready: true, restarts: 1, lastState: lastTerminated('2026-11-24T08:00:00Z') }] }))).toMatchInlineSnapshot(`
      {
        "conditionReady": true,
        "lastRestartAt": "2026-11-24T08:00:00Z",
        "ready": "1/1",
        "restarts": 1,
        "status": "Running",
      }
    `);
  });
});
