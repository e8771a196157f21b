import { describe, expect, it } from 'vitest';
import { asDumped } from '../../src/snapshot/capture/dumped.ts';
import { LAST_APPLIED } from '../../src/snapshot/redact.ts';

const spec = { apiVersion: 'apps/v1', kind: 'DaemonSet' };

describe('asDumped', () => {
  it('sets kind and apiVersion when the list item has none, as kubectl get -o json shows them', () => {
    expect(asDumped({ metadata: { name: 'kube-proxy' } }, spec)).toEqual({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'kube-proxy' } });
  });

  it('keeps the kind and apiVersion an item already carries', () => {
    expect(asDumped({ apiVersion: 'extensions/v1beta1', kind: 'OldDaemonSet', metadata: { name: 'kube-proxy' } }, spec))
      .toEqual({ apiVersion: 'extensions/v1beta1', kind: 'OldDaemonSet', metadata: { name: 'kube-proxy' } });
  });

  it('drops managedFields and the last-applied annotation, keeping the other annotations', () => {
    const item = {
      metadata: {
        name: 'coredns',
        managedFields: [{ manager: 'kubeadm', operation: 'Update', time: '2026-11-12T09:30:00Z' }],
        annotations: { [LAST_APPLIED]: '{"data":{"token":"x"}}', 'deprecated.daemonset.template.generation': '1' },
      },
    };
    expect(asDumped(item, spec)).toEqual({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'coredns', annotations: { 'deprecated.daemonset.template.generation': '1' } } });
  });

  it('leaves an item without metadata as it is', () => {
    expect(asDumped({ apiVersion: 'v1', kind: 'Pod' }, spec)).toEqual({ apiVersion: 'v1', kind: 'Pod' });
  });
});
