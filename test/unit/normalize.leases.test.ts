import { describe, expect, it } from 'vitest';
import { toLease } from '../../src/snapshot/normalize/leases.ts';

describe('toLease', () => {
  it('reads a leader-election Lease (coordination.k8s.io/v1), MicroTime kept to the millisecond', () => {
    const lease = {
      apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'kube-scheduler', namespace: 'kube-system' },
      spec: { holderIdentity: 'rpi-master-1_6f1c7b1e-4b1a-4a7e-9a43-1d2b3c4d5e6f', leaseDurationSeconds: 15, acquireTime: '2026-11-20T03:12:50.123456Z', renewTime: '2026-11-24T09:29:58.654321Z', leaseTransitions: 6 },
    };
    expect(toLease(lease)).toEqual({
      name: 'kube-scheduler', holder: 'rpi-master-1_6f1c7b1e-4b1a-4a7e-9a43-1d2b3c4d5e6f', acquiredAt: '2026-11-20T03:12:50.123Z',
      renewedAt: '2026-11-24T09:29:58.654Z', durationSeconds: 15, transitions: 6,
    });
  });

  it('reads a Lease with nothing in it as an empty name, nulls and 0 transitions', () => {
    expect(toLease({ kind: 'Lease' })).toEqual({ name: '', holder: null, acquiredAt: null, renewedAt: null, durationSeconds: null, transitions: 0 });
  });

  it('reads a negative leaseTransitions (no API server sends it) as 0', () => {
    expect(toLease({ kind: 'Lease', spec: { leaseTransitions: -3 } }).transitions).toBe(0);
  });
});
