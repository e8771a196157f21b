import { describe, expect, it } from 'vitest';
import { containers } from '../../src/snapshot/normalize/containers.ts';

/** A container status as the kubelet reports it in `status.containerStatuses`. */
const status = (name: string, state: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name, image: 'registry.k8s.io/coredns/coredns:v1.11.3', imageID: 'registry.k8s.io/coredns/coredns@sha256:9caabbf6', restartCount: 0, ready: false, started: false, state, ...extra,
});

const main = (statusEntry?: Record<string, unknown>) =>
  containers({ containers: [{ name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.11.3' }] }, statusEntry ? { containerStatuses: [statusEntry] } : {})[0]!;

describe('containers', () => {
  it('reads a container with no status (the pod is not scheduled yet) in full', () => {
    expect(main()).toEqual({
      name: 'coredns', init: false, image: 'registry.k8s.io/coredns/coredns:v1.11.3', state: 'unknown', reason: null, startedAt: null,
      ready: false, restarts: 0, lastTermination: null, command: [], env: [], requests: {}, limits: {},
    });
  });

  it('reads a container with nothing in it as empty texts, not a guess', () => {
    expect(containers({ containers: [{}] }, {})).toEqual([{
      name: '', init: false, image: '', state: 'unknown', reason: null, startedAt: null,
      ready: false, restarts: 0, lastTermination: null, command: [], env: [], requests: {}, limits: {},
    }]);
  });

  it('takes the image from the status when the spec has none', () => {
    const [container] = containers({ containers: [{ name: 'c' }] }, { containerStatuses: [{ name: 'c', image: 'docker.io/library/busybox:1.36' }] });
    expect(container!.image).toBe('docker.io/library/busybox:1.36');
  });

  it.each<[string, Record<string, unknown>, { state: string; reason: string | null; startedAt: string | null }]>([
    ['running', { running: { startedAt: '2026-11-24T09:00:00Z' } }, { state: 'running', reason: null, startedAt: '2026-11-24T09:00:00Z' }],
    ['waiting in CrashLoopBackOff', { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' } }, { state: 'waiting', reason: 'CrashLoopBackOff', startedAt: null }],
    ['terminated', { terminated: { exitCode: 0, reason: 'Completed', startedAt: '2026-11-24T08:00:00Z', finishedAt: '2026-11-24T08:00:01Z' } }, { state: 'terminated', reason: 'Completed', startedAt: '2026-11-24T08:00:00Z' }],
    ['no state at all', {}, { state: 'unknown', reason: null, startedAt: null }],
  ])('state: %s', (_case, state, expected) => {
    const { state: name, reason, startedAt } = main(status('coredns', state));
    expect({ state: name, reason, startedAt }).toEqual(expected);
  });

  it.each<[string, unknown, boolean]>([
    ['ready: true', true, true],
    ['ready: false', false, false],
    ['ready as the text "true" (no kubelet sends it)', 'true', false],
  ])('%s', (_case, ready, expected) => {
    expect(main(status('coredns', { running: {} }, { ready })).ready).toBe(expected);
  });

  it('joins each container with the status of the same name, init and main lists apart', () => {
    const list = containers(
      { initContainers: [{ name: 'setup', image: 'a:1' }], containers: [{ name: 'setup', image: 'b:1' }, { name: 'sidecar', image: 'c:1' }] },
      {
        initContainerStatuses: [status('setup', { terminated: { exitCode: 0, reason: 'Completed' } })],
        containerStatuses: [status('sidecar', { waiting: { reason: 'ImagePullBackOff' } }), status('setup', { running: {} }, { ready: true, restartCount: 2 })],
      },
    );
    expect(list.map((container) => `${container.name} init=${container.init} ${container.state} ready=${container.ready} restarts=${container.restarts}`)).toEqual([
      'setup init=true terminated ready=false restarts=0',
      'setup init=false running ready=true restarts=2',
      'sidecar init=false waiting ready=false restarts=0',
    ]);
  });

  it('joins a status to no container when neither has a name that matches', () => {
    const [container] = containers({ containers: [{ image: 'a:1' }] }, { containerStatuses: [status('other', { running: {} }, { ready: true })] });
    expect(container!.state).toBe('unknown');
    expect(container!.ready).toBe(false);
  });
});
