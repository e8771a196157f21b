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
  const keyBackup = { id: 'cmd-key-backup', lang: 'bash', meta: 'title="鍵をバックアップする" id=key-backup', title: '鍵をバックアップする', code: 'kubectl get secret -n kube-system {{sealedSecretsKey}} -o yaml > key.yaml', heading: 'Sealed Secrets の鍵をバックアップする' };
  const ssh = { id: 'cmd-db156909', lang: 'bash', meta: '', title: null, code: 'ssh {{controlPlaneNode}}', heading: 'Sealed Secrets の鍵をバックアップする' };
  const beforeHeadings = { id: 'cmd-2332149e', lang: 'sh', meta: '', title: null, code: 'echo a', heading: null };
  const page = { id: 'backup', title: 'バックアップ', source: 'src/content/docs/backup.mdx', blocks: [keyBackup, ssh, beforeHeadings] };

  it('titles each command from its fence, else its heading, else its page, and links to the block on its page', () => {
    expect(collectCommands([page, { id: 'security', title: 'セキュリティ', source: 'src/content/docs/security.mdx', blocks: [] }])).toMatchInlineSnapshot(`
      [
        {
          "commands": [
            {
              "code": "kubectl get secret -n kube-system {{sealedSecretsKey}} -o yaml > key.yaml",
              "heading": "Sealed Secrets の鍵をバックアップする",
              "href": "/backup/#cmd-key-backup",
              "id": "cmd-key-backup",
              "lang": "bash",
              "meta": "title="鍵をバックアップする" id=key-backup",
              "source": "src/content/docs/backup.mdx",
              "title": "鍵をバックアップする",
            },
            {
              "code": "ssh {{controlPlaneNode}}",
              "heading": "Sealed Secrets の鍵をバックアップする",
              "href": "/backup/#cmd-db156909",
              "id": "cmd-db156909",
              "lang": "bash",
              "meta": "",
              "source": "src/content/docs/backup.mdx",
              "title": "Sealed Secrets の鍵をバックアップする",
            },
            {
              "code": "echo a",
              "heading": null,
              "href": "/backup/#cmd-2332149e",
              "id": "cmd-2332149e",
              "lang": "sh",
              "meta": "",
              "source": "src/content/docs/backup.mdx",
              "title": "バックアップ",
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

  it('links the home page at the base', () => {
    expect(collectCommands([{ ...page, id: 'index' }], '/runbook/')[0]?.commands[0]?.href).toBe('/runbook/#cmd-key-backup');
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
