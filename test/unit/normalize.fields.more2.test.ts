import { describe, expect, it } from 'vitest';
import { objs, strings, uniqueSorted } from '../../src/snapshot/normalize/fields.ts';

describe('objs', () => {
  it('keeps only the plain objects of an array', () => {
    expect(objs([{ name: 'coredns' }, null, 'text', 3, ['nested'], { name: 'kube-proxy' }])).toEqual([{ name: 'coredns' }, { name: 'kube-proxy' }]);
  });

  it('is empty for anything that is not an array', () => {
    expect(objs({ name: 'coredns' })).toEqual([]);
  });
});

describe('strings', () => {
  it('keeps string values and writes numbers as strings; drops booleans, objects and null', () => {
    expect(strings({ cpu: '100m', 'nvidia.com/gpu': 1, ready: true, nested: { a: 'b' }, gone: null, list: ['x'] })).toEqual({ cpu: '100m', 'nvidia.com/gpu': '1' });
  });
});

describe('uniqueSorted', () => {
  it('drops duplicates and sorts', () => {
    expect(uniqueSorted(['registry.k8s.io/pause:3.10', 'docker.io/calico/node:v3.28.1', 'registry.k8s.io/pause:3.10'])).toEqual([
      'docker.io/calico/node:v3.28.1',
      'registry.k8s.io/pause:3.10',
    ]);
  });
});
