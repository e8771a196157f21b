import { describe, expect, it } from 'vitest';
import NodeTable from '../../src/components/NodeTable.astro';
import { buildNode, seedSnapshot } from '../support/snapshot-builder.ts';
import { bodyRows, headerCells, liveOf, render, rowCells } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const withNodes = (...nodes: ReturnType<typeof buildNode>[]) => liveOf([seedSnapshot({ nodes })], NOW);

describe('NodeTable', () => {
  it('has the columns name, roles, status, kubelet version, internal IP, OS / arch, age, in that order', async () => {
    expect(headerCells(await render(NodeTable, { live: liveOf([seedSnapshot()], NOW) }))).toEqual([
      'ノード',
      '役割',
      '状態',
      'kubelet',
      '内部IP',
      'OS / アーキテクチャ',
      '稼働期間',
    ]);
  });

  it('shows the seed nodes by name; a node with no role shows <none>, as kubectl get nodes does', async () => {
    expect(bodyRows(await render(NodeTable, { live: liveOf([seedSnapshot()], NOW) }))).toEqual([
      ['rpi-master-1', 'control-plane', '✓ Ready', 'v1.31.2', '192.168.1.10', 'Debian GNU/Linux 12 (bookworm) / arm64', '12日'],
      ['rpi-worker-1', '<none>', '✓ Ready', 'v1.31.2', '192.168.1.11', 'Debian GNU/Linux 12 (bookworm) / arm64', '12日'],
      ['rpi-worker-2', '<none>', '✓ Ready', 'v1.31.2', '192.168.1.12', 'Debian GNU/Linux 12 (bookworm) / arm64', '12日'],
    ]);
  });

  it('joins several roles, and shows NotReady, each active pressure, a cordon and an unknown IP', async () => {
    const sick = buildNode({
      name: 'rpi-worker-2',
      roles: ['control-plane', 'etcd'],
      ready: false,
      unschedulable: true,
      internalIP: null,
      kubeletVersion: 'v1.30.6',
      conditions: buildNode().conditions.map((c) => (c.type === 'DiskPressure' || c.type === 'PIDPressure' ? { ...c, status: 'True' } : c)),
    });
    const html = await render(NodeTable, { live: withNodes(sick) });
    expect(rowCells(html, 'data-node="rpi-worker-2"')).toEqual([
      'rpi-worker-2',
      'control-plane, etcd',
      '✗ NotReady ⚠️ DiskPressure ⚠️ PIDPressure ⛔ スケジュール無効',
      'v1.30.6',
      '不明',
      'Debian GNU/Linux 12 (bookworm) / arm64',
      '12日',
    ]);
  });

  it('renders script-bearing cluster text as text, in cells and in attributes', async () => {
    const name = 'x" onclick="alert(1)';
    const html = await render(NodeTable, { live: withNodes(buildNode({ name, osImage: '<script>alert(1)</script>' })) });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('onclick="alert(1)"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; / arm64');
    expect(rowCells(html, 'data-node="x&quot; onclick=&quot;alert(1)"')[0]).toBe(name);
  });
});
