import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandAnchor, extractCommandBlocks, fenceTitle } from '../../src/site/command-blocks.ts';
import { remarkLiveValues } from '../../src/site/remark-live-values.ts';
import { writeSnapshot } from '../../src/snapshot/store.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

const PAGE = `---
title: x
---

## バックアップ

\`\`\`bash title="鍵の Secret をバックアップする" id=key-backup
kubectl get secret -n {{namespace}} {{sealedSecretsKey}} -o yaml > key.yaml
\`\`\`

Some prose.

### 名前解決

\`\`\`
not a command (no language)
\`\`\`

\`\`\`sh
kubectl run -it --rm debug --image=busybox --restart=Never -- nslookup kubernetes.default
\`\`\`

\`\`\`yaml
kind: NotACommand
\`\`\`
`;

describe('extractCommandBlocks', () => {
  it('finds the shell blocks of a page with their heading, title and anchor', () => {
    expect(extractCommandBlocks(PAGE)).toEqual([
      {
        id: 'cmd-key-backup',
        lang: 'bash',
        meta: 'title="鍵の Secret をバックアップする" id=key-backup',
        title: '鍵の Secret をバックアップする',
        code: 'kubectl get secret -n {{namespace}} {{sealedSecretsKey}} -o yaml > key.yaml',
        heading: 'バックアップ',
      },
      {
        id: commandAnchor('kubectl run -it --rm debug --image=busybox --restart=Never -- nslookup kubernetes.default', ''),
        lang: 'sh',
        meta: '',
        title: null,
        code: 'kubectl run -it --rm debug --image=busybox --restart=Never -- nslookup kubernetes.default',
        heading: '名前解決',
      },
    ]);
  });

  it('does not read a `# comment` line inside a fence as a heading', () => {
    const page = ['## 本当の見出し', '', '```yaml', '# 設定の例', 'a: 1', '```', '', '```bash', '# etcd をバックアップする', 'echo a', '```', '', '```sh', 'echo b', '```', ''].join('\n');
    expect(extractCommandBlocks(page).map((block) => [block.code, block.heading])).toEqual([
      ['# etcd をバックアップする\necho a', '本当の見出し'],
      ['echo b', '本当の見出し'],
    ]);
  });

  // The hashes are what `printf 'echo a' | sha1sum` prints, cut to 8 hex digits.
  it.each([
    ['echo a', '', 'cmd-2332149e'],
    ['echo a', 'title="x"', 'cmd-2332149e'],
    ['echo b', '', 'cmd-395128f9'],
    ['echo a', 'id=etcd-backup title="x"', 'cmd-etcd-backup'],
    ['echo a', "title='x' id='quoted'", 'cmd-quoted'],
  ])('anchors %j (meta %j) as %s', (code, meta, id) => {
    expect(commandAnchor(code, meta)).toBe(id);
  });

  it.each([
    ['title="a b"', 'a b'],
    ["title='単一'", '単一'],
    ['id=x', null],
  ])('reads the title of %j', (meta, title) => {
    expect(fenceTitle(meta)).toBe(title);
  });
});

describe('remarkLiveValues', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kube-runbook-remark-'));
    await writeSnapshot(join(root, 'snapshots'), seedSnapshot());
    vi.stubEnv('SNAPSHOTS_DIR', '');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(root, { recursive: true, force: true });
  });

  const tree = (): Root => ({
    type: 'root',
    children: [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'x' }] },
      { type: 'code', lang: 'bash', meta: 'id=key-backup', value: 'kubectl get secret {{sealedSecretsKey}}' },
      { type: 'blockquote', children: [{ type: 'code', lang: 'sh', meta: null, value: 'ssh {{controlPlaneNode}}' }] },
      { type: 'code', lang: 'yaml', meta: null, value: 'name: {{sealedSecretsKey}}' },
    ],
  });

  it('fills placeholders from the latest snapshot and wraps each command in an anchored div', async () => {
    const root_ = tree();
    await remarkLiveValues({ root })(root_, { path: 'etcd.mdx' });
    expect(root_.children[1]).toEqual({
      type: 'commandBlock',
      data: { hName: 'div', hProperties: { id: 'cmd-key-backup', className: ['command-block'], dataCommandBlock: '' } },
      children: [{ type: 'code', lang: 'bash', meta: 'id=key-backup', value: 'kubectl get secret sealed-secrets-keygs4s4' }],
    });
    const quoted = (root_.children[2] as unknown as { children: { data: { hProperties: { id: string } }; children: { value: string }[] }[] }).children[0]!;
    expect(quoted.data.hProperties.id).toBe(commandAnchor('ssh {{controlPlaneNode}}', null));
    expect(quoted.children[0]!.value).toBe('ssh rpi-master-1');
    // Not a command language: untouched, placeholders and all.
    expect(root_.children[3]).toEqual({ type: 'code', lang: 'yaml', meta: null, value: 'name: {{sealedSecretsKey}}' });
  });

  it('stops the build on an unknown placeholder', async () => {
    const bad: Root = { type: 'root', children: [{ type: 'code', lang: 'bash', meta: null, value: 'ssh {{nodeName}}' }] };
    await expect(remarkLiveValues({ root })(bad, { path: 'src/content/docs/etcd.mdx' })).rejects.toThrow('src/content/docs/etcd.mdx: unknown placeholder {{nodeName}}');
  });
});
