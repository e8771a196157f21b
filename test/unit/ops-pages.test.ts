import { describe, expect, it } from 'vitest';
import { metricsEndpoints } from '../../src/components/ops/metrics.ts';
import { staticPodsByNode } from '../../src/components/ops/static-pods.ts';
import { collectCommands, inSidebarOrder } from '../../src/site/commands/collect.ts';
import { splitHeadingId } from '../../src/site/heading-ids.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

describe('splitHeadingId', () => {
  it.each([
    ['コンポーネントの再起動回数が多い \\{#restarts}', { text: 'コンポーネントの再起動回数が多い', id: 'restarts' }],
    ['DNS で名前解決できない {#dns}', { text: 'DNS で名前解決できない', id: 'dns' }],
    ['見出しだけ', { text: '見出しだけ', id: null }],
    ['途中の {#x} は見出しの一部', { text: '途中の {#x} は見出しの一部', id: null }],
  ])('%s', (source, expected) => {
    expect(splitHeadingId(source)).toEqual(expected);
  });
});

describe('collectCommands', () => {
  const page = {
    id: 'backup',
    title: 'バックアップ',
    body: [
      '## Sealed Secrets の鍵をバックアップする \\{#sealed-secrets-key}',
      '',
      '```bash title="鍵をバックアップする" id=key-backup',
      'kubectl get secret -n kube-system {{sealedSecretsKey}} -o yaml > key.yaml',
      '```',
      '',
      '```yaml',
      'not: a command',
      '```',
      '',
      '```bash',
      'ssh {{controlPlaneNode}}',
      '```',
    ].join('\n'),
  };

  it('fills placeholders from the snapshot, titles from the fence or the heading, links to the block on its page', () => {
    expect(collectCommands([page, { id: 'security', title: 'セキュリティ', body: 'コマンドなし' }], seedSnapshot())).toMatchInlineSnapshot(`
      [
        {
          "commands": [
            {
              "code": "kubectl get secret -n kube-system sealed-secrets-keygs4s4 -o yaml > key.yaml",
              "heading": "Sealed Secrets の鍵をバックアップする",
              "href": "/backup/#cmd-key-backup",
              "id": "cmd-key-backup",
              "lang": "bash",
              "title": "鍵をバックアップする",
            },
            {
              "code": "ssh rpi-master-1",
              "heading": "Sealed Secrets の鍵をバックアップする",
              "href": "/backup/#cmd-db156909",
              "id": "cmd-db156909",
              "lang": "bash",
              "title": "Sealed Secrets の鍵をバックアップする",
            },
          ],
          "href": "/backup/",
          "page": {
            "id": "backup",
            "title": "バックアップ",
          },
        },
      ]
    `);
  });

  it('shows the hint when there is no snapshot', () => {
    expect(collectCommands([page], null)[0]?.commands.map((command) => command.code)).toEqual([
      'kubectl get secret -n kube-system <sealed-secrets鍵のSecret名> -o yaml > key.yaml',
      'ssh <コントロールプレーンのノード名>',
    ]);
  });

  it('orders pages as the sidebar does, unknown pages last', () => {
    const pages = ['security', 'index', 'zzz', 'backup'].map((id) => ({ id }));
    expect(inSidebarOrder(pages, ['/', '/backup/', '/security/']).map((p) => p.id)).toEqual(['index', 'backup', 'security', 'zzz']);
  });
});

describe('live facts of the operational pages', () => {
  it('groups static pods by node with their manifest files', () => {
    expect(staticPodsByNode(seedSnapshot()).map(({ node, pods }) => ({ node, files: pods.map((p) => p.manifest) }))).toEqual([
      { node: 'rpi-master-1', files: ['etcd.yaml', 'kube-apiserver.yaml', 'kube-controller-manager.yaml', 'kube-scheduler.yaml'] },
    ]);
  });

  it('lists the ports named metrics', () => {
    expect(metricsEndpoints(seedSnapshot()).map((e) => `${e.service.name} ${e.service.clusterIP}:${e.port}`)).toEqual([
      'kube-dns 10.96.0.10:9153',
      'sealed-secrets-controller-metrics 10.103.186.200:8081',
    ]);
  });
});
