import { describe, expect, it } from 'vitest';
import ConfigMapList from '../../src/components/ConfigMapList.astro';
import ConfigText from '../../src/components/ConfigText.astro';
import { buildConfigMap, seedSnapshot } from '../support/snapshot-builder.ts';
import { bodyRows, headerCells, liveOf, markupOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const seed = liveOf([seedSnapshot()], NOW);

describe('ConfigMapList', () => {
  it('has the columns name, what it holds, keys, age, in that order', async () => {
    expect(headerCells(await render(ConfigMapList, { live: seed }))).toEqual(['名前', '内容', 'キー', '作成から']);
  });

  it('describes the ConfigMaps kubeadm and the add-ons make, and lists every key', async () => {
    expect(bodyRows(await render(ConfigMapList, { live: seed }))).toEqual([
      ['coredns', 'CoreDNS の設定ファイル (Corefile)', 'Corefile', '12日'],
      ['extension-apiserver-authentication', 'API 拡張(アグリゲーション)の認証設定', 'client-ca-file requestheader-client-ca-file', '12日'],
      ['kube-apiserver-legacy-service-account-token-tracking', 'ServiceAccount トークンの追跡', 'since', '12日'],
      ['kube-proxy', 'kube-proxy の設定', 'config.conf kubeconfig.conf', '12日'],
      ['kube-root-ca.crt', 'クラスタのルート CA 証明書', 'ca.crt', '12日'],
      ['kubeadm-config', 'kubeadm の初期化設定', 'ClusterConfiguration', '12日'],
      ['kubelet-config', 'kubelet の設定', 'kubelet', '12日'],
    ]);
  });

  it('leaves the description of an unknown ConfigMap empty, and keeps only `names`', async () => {
    const live = liveOf([seedSnapshot({ configMaps: [...seedSnapshot().configMaps, buildConfigMap({ name: 'my-addon', keys: ['settings.yaml'] })] })], NOW);
    expect(bodyRows(await render(ConfigMapList, { live, names: ['my-addon', 'kube-proxy'] }))).toEqual([
      ['kube-proxy', 'kube-proxy の設定', 'config.conf kubeconfig.conf', '12日'],
      ['my-addon', '', 'settings.yaml', '12日'],
    ]);
  });

  it('renders script-bearing names and keys as text', async () => {
    const live = liveOf([seedSnapshot({ configMaps: [buildConfigMap({ name: '<i>cm</i>', keys: ['<script>alert(1)</script>'] })] })], NOW);
    const html = await render(ConfigMapList, { live });
    expect(markupOf(html)).not.toContain('<script>alert(1)</script>');
    expect(markupOf(html)).not.toContain('<i>cm</i>');
    expect(bodyRows(html)).toEqual([['<i>cm</i>', '', '<script>alert(1)</script>', '12日']]);
  });
});

describe('ConfigText', () => {
  it('shows the allow-listed text under a title naming the ConfigMap and key', async () => {
    const text = textOf(await render(ConfigText, { live: seed, configMap: 'coredns', dataKey: 'Corefile' }));
    expect(text).toBe(
      'サンプル rpi-cluster / 2026/11/24 18:30 JST(1日前)時点 ConfigMap coredns / Corefile .:53 { errors health kubernetes cluster.local in-addr.arpa ip6.arpa forward . /etc/resolv.conf cache 30 }',
    );
  });

  it('says 不明 for a key the snapshot keeps no text of (not allow-listed), though the ConfigMap exists', async () => {
    const text = textOf(await render(ConfigText, { live: seed, configMap: 'kube-proxy', dataKey: 'kubeconfig.conf' }));
    expect(text).toBe('サンプル rpi-cluster / 2026/11/24 18:30 JST(1日前)時点 ❓ 不明(kube-proxy / kubeconfig.conf) — 理由: スナップショットに記録されていません');
  });

  it('renders a script-bearing config as text', async () => {
    const live = liveOf([seedSnapshot({ configMaps: [buildConfigMap({ name: 'coredns', keys: ['Corefile'], data: { Corefile: '<script>alert(1)</script>\n' } })] })], NOW);
    const html = await render(ConfigText, { live, configMap: 'coredns', dataKey: 'Corefile' });
    expect(markupOf(html)).not.toContain('<script>alert(1)</script>');
    expect(textOf(html)).toContain('ConfigMap coredns / Corefile <script>alert(1)</script>');
  });
});
