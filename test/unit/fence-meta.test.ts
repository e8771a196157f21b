import { describe, expect, it } from 'vitest';
import { nodeScope, onlyNodeScope, withoutNodeScope } from '../../src/site/command-nodes.ts';
import { commandApplies, fenceShapes, parseShapeTags, shapeOf, withoutShapes } from '../../src/site/shape.ts';
import { buildNode, buildSnapshot, seedSnapshot } from '../support/snapshot-builder.ts';

const k3s = () => buildSnapshot({ nodes: [buildNode({ kubeletVersion: 'v1.31.4+k3s1' })] });

describe('a command fence’s shapes=', () => {
  it('reads the tags after shapes=, bare or quoted, only as a whole word of the meta', () => {
    expect(fenceShapes('title="x" shapes=kubeadm,k3s id=y')).toBe('kubeadm,k3s');
    expect(fenceShapes('shapes="static-pods"')).toBe('static-pods');
    expect(fenceShapes("shapes='managed'")).toBe('managed');
    expect(fenceShapes('title="x"')).toBeNull();
    expect(fenceShapes('myshapes=k3s')).toBeNull();
    expect(fenceShapes('')).toBeNull();
  });

  it('drops shapes= from the meta Expressive Code sees, and nothing else', () => {
    expect(withoutShapes('title="x" shapes=kubeadm,k3s id=y')).toBe('title="x" id=y');
    expect(withoutShapes('shapes="static-pods" id=y')).toBe('id=y');
    expect(withoutShapes('title="x" id=y')).toBe('title="x" id=y');
    expect(withoutShapes('  id=y  ')).toBe('id=y');
  });

  it('splits tags on commas and spaces, and stops at a misspelt one naming the page and every known tag', () => {
    expect(parseShapeTags('kubeadm k3s', 'x.mdx')).toEqual(['kubeadm', 'k3s']);
    expect(parseShapeTags(' static-pods,,embedded ', 'x.mdx')).toEqual(['static-pods', 'embedded']);
    expect(parseShapeTags('', 'x.mdx')).toEqual([]);
    expect(() => parseShapeTags('kubeadm k3', 'backup.mdx')).toThrow(
      'backup.mdx: unknown cluster shape "k3"; use kubeadm, kind, minikube, k3s, eks, gke, aks, unknown, static-pods, embedded, managed (src/snapshot/cluster-shape.ts)',
    );
  });

  it('applies a command to every cluster without shapes=, and otherwise to the clusters it names', () => {
    expect(commandApplies('title="x"', k3s(), 'x.mdx')).toBe(true);
    expect(commandApplies('shapes=kubeadm', seedSnapshot(), 'x.mdx')).toBe(true);
    expect(commandApplies('shapes=kubeadm', k3s(), 'x.mdx')).toBe(false);
    expect(commandApplies('shapes=kubeadm,k3s', k3s(), 'x.mdx')).toBe(true);
    expect(() => commandApplies('shapes=kubeadmm', seedSnapshot(), 'etcd.mdx')).toThrow('etcd.mdx: unknown cluster shape "kubeadmm"');
  });

  it('knows nothing of the cluster without a snapshot: only commands for an unknown cluster or for every one apply', () => {
    expect(shapeOf(null)).toEqual({ distribution: 'unknown', controlPlane: 'unknown', datastore: 'unknown', controlPlaneNodes: [], smallArmNodes: false, evidence: [] });
    expect(shapeOf(seedSnapshot()).distribution).toBe('kubeadm');
    expect(commandApplies('shapes=kubeadm', null, 'x.mdx')).toBe(false);
    expect(commandApplies('shapes=unknown', null, 'x.mdx')).toBe(true);
    expect(commandApplies('', null, 'x.mdx')).toBe(true);
  });
});

describe('a command fence’s nodes=', () => {
  it('reads any or each, bare or quoted', () => {
    expect(nodeScope('ssh {{controlPlaneNode}}', 'title="x" nodes=any', 'x.mdx')).toBe('any');
    expect(nodeScope('ssh {{controlPlaneNode}}', 'nodes="each" id=y', 'x.mdx')).toBe('each');
    expect(nodeScope('kubectl get nodes', "nodes='each'", 'x.mdx')).toBe('each');
  });

  it('is not needed without {{controlPlaneNode}}, and stops the build, naming the page, when a command names the node without it', () => {
    expect(nodeScope('kubectl get nodes', 'title="x"', 'x.mdx')).toBeNull();
    expect(nodeScope('ssh {{apiServer}}', '', 'x.mdx')).toBeNull();
  });

  it('stops at a fence whose scope is not any or each', () => {
    expect(() => nodeScope('ssh {{controlPlaneNode}}', 'title="x" nodes=some', 'etcd.mdx')).toThrow(
      'etcd.mdx: a command with {{controlPlaneNode}} needs nodes=any or nodes=each in its fence (on several control-plane nodes: run on one of them, or on the node concerned)',
    );
    expect(() => nodeScope('ssh {{controlPlaneNode}}', 'title="x"', 'etcd.mdx')).toThrow('etcd.mdx: a command with {{controlPlaneNode}} needs nodes=any');
    expect(() => nodeScope('ssh {{controlPlaneNode}}', 'mynodes=any', 'etcd.mdx')).toThrow('needs nodes=any or nodes=each');
  });

  it('drops nodes= from the meta Expressive Code sees, and keeps only it for a listed copy', () => {
    expect(withoutNodeScope('title="x" nodes=any id=y')).toBe('title="x" id=y');
    expect(withoutNodeScope('nodes="each" id=y')).toBe('id=y');
    expect(withoutNodeScope('title="x"')).toBe('title="x"');
    expect(onlyNodeScope('title="x" nodes=any id=y')).toBe('nodes=any');
    expect(onlyNodeScope('nodes="each"')).toBe('nodes="each"');
    expect(onlyNodeScope('title="x"')).toBe('');
  });
});
