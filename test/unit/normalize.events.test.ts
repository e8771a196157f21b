import { describe, expect, it } from 'vitest';
import { toEvents } from '../../src/snapshot/normalize/events.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';

const EMPTY = { type: 'Warning', reason: '', message: '', object: { kind: '', name: '' }, count: 1, firstSeen: null, lastSeen: null, source: null };

/** A core/v1 Warning event as the kubelet records it (`kubectl get events -o json`). */
const kubeletEvent = (name: string, lastTimestamp: string | null): KubeObject => ({
  apiVersion: 'v1', kind: 'Event', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container',
  metadata: { name: `${name}.1800a1b2c3d4e5f6`, namespace: 'kube-system', uid: `uid-${name}` },
  involvedObject: { kind: 'Pod', name, namespace: 'kube-system', fieldPath: 'spec.containers{main}' },
  firstTimestamp: lastTimestamp, lastTimestamp, count: 3, source: { component: 'kubelet', host: 'rpi-worker-1' }, reportingComponent: 'kubelet',
});

describe('toEvents', () => {
  it('reads a core/v1 event that holds nothing but its type as empty texts and nulls', () => {
    expect(toEvents([{ apiVersion: 'v1', kind: 'Event', type: 'Warning' }])).toEqual([EMPTY]);
  });

  it('reads an events.k8s.io/v1 event that holds nothing but its type as empty texts and nulls', () => {
    expect(toEvents([{ apiVersion: 'events.k8s.io/v1', kind: 'Event', type: 'Warning' }])).toEqual([EMPTY]);
  });

  it('reads a core/v1 event written through events.k8s.io: eventTime and reportingComponent, no firstTimestamp or source', () => {
    // What `kubectl get events -o json` shows for an event the scheduler wrote with the new API.
    const event: KubeObject = {
      apiVersion: 'v1', kind: 'Event', type: 'Warning', reason: 'FailedScheduling',
      message: '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory.',
      metadata: { name: 'metrics-server-6d94bc8694-2xk8d.1800b', namespace: 'kube-system', uid: 'uid-fs' },
      involvedObject: { kind: 'Pod', name: 'metrics-server-6d94bc8694-2xk8d', namespace: 'kube-system' },
      eventTime: '2026-11-24T09:12:03.412345Z', firstTimestamp: null, lastTimestamp: null, source: {},
      reportingComponent: 'default-scheduler', reportingInstance: 'default-scheduler-rpi-master-1', action: 'Scheduling',
    };
    expect(toEvents([event])).toEqual([{
      type: 'Warning', reason: 'FailedScheduling',
      message: '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory.',
      object: { kind: 'Pod', name: 'metrics-server-6d94bc8694-2xk8d' }, count: 1,
      firstSeen: '2026-11-24T09:12:03.412Z', lastSeen: '2026-11-24T09:12:03.412Z', source: 'default-scheduler',
    }]);
  });

  it('names the source from source.component when reportingComponent is empty (the kubelet before events.k8s.io)', () => {
    const event = { ...kubeletEvent('coredns-7c65d6cfc9-4xk2p', '2026-11-24T09:00:00Z'), reportingComponent: '' };
    expect(toEvents([event])).toEqual([{
      type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container', object: { kind: 'Pod', name: 'coredns-7c65d6cfc9-4xk2p' },
      count: 3, firstSeen: '2026-11-24T09:00:00Z', lastSeen: '2026-11-24T09:00:00Z', source: 'kubelet',
    }]);
  });

  it('puts events that carry no time after the dated ones, newest first, then by object name', () => {
    const order = toEvents([
      kubeletEvent('b-undated', null),
      kubeletEvent('c-older', '2026-11-24T08:00:00Z'),
      kubeletEvent('a-undated', null),
      kubeletEvent('d-newer', '2026-11-24T09:00:00Z'),
      kubeletEvent('c-undated', null),
    ]).map((event) => event.object.name);
    expect(order).toEqual(['d-newer', 'c-older', 'a-undated', 'b-undated', 'c-undated']);
  });

  it('keeps an event without uid each time it is listed (nothing to tell two apart)', () => {
    const event = kubeletEvent('p', '2026-11-24T09:00:00Z');
    const withoutUid = { ...event, metadata: { name: 'p.1' } };
    expect(toEvents([withoutUid, withoutUid])).toHaveLength(2);
    expect(toEvents([event, event])).toHaveLength(1);
  });
});
