import { describe, expect, it } from 'vitest';
import { clusterShape } from '../../src/snapshot/cluster-shape.ts';
import { hiddenHeadings, type ShapeHeading } from '../../src/site/shape-headings.ts';
import { buildNode, buildSnapshot, seedSnapshot } from '../support/snapshot-builder.ts';

const recorded: ShapeHeading[] = [
  { text: 'k3s のデータストア', conditions: [{ is: 'k3s' }] },
  { text: '参照マニフェスト', conditions: [{ is: 'static-pods' }] },
  { text: 'etcd', conditions: [{ not: 'static-pods' }, { is: 'managed' }] },
];

describe('hiddenHeadings', () => {
  it('hides, for each cluster, the headings its page does not show', () => {
    expect([...hiddenHeadings(recorded, clusterShape(seedSnapshot()), 'x.mdx')]).toEqual(['k3s のデータストア', 'etcd']);
    const k3s = clusterShape(buildSnapshot({ nodes: [buildNode({ kubeletVersion: 'v1.31.4+k3s1' })] }));
    expect([...hiddenHeadings(recorded, k3s, 'x.mdx')]).toEqual(['参照マニフェスト', 'etcd']);
    const eks = clusterShape(buildSnapshot({ nodes: [buildNode({ kubeletVersion: 'v1.30.4-eks-a737599' })] }));
    expect([...hiddenHeadings(recorded, eks, 'x.mdx')]).toEqual(['k3s のデータストア', '参照マニフェスト']);
  });

  it('stops at a misspelt shape, naming the page', () => {
    expect(() => hiddenHeadings([{ text: 'x', conditions: [{ is: 'k3' }] }], clusterShape(seedSnapshot()), 'etcd.mdx')).toThrow('etcd.mdx: unknown cluster shape "k3"');
  });
});
