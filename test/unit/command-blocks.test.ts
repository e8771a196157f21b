import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { commandAnchor, commandBlocksOf, fenceTitle, type CommandBlock } from '../../src/site/command-blocks.ts';
import { remarkHeadingIds } from '../../src/site/heading-ids.ts';
import { remarkLiveValues } from '../../src/site/remark-live-values.ts';

type PageFile = { data: { astro?: { frontmatter?: Record<string, unknown> } } };

/** Compiles an MDX page with the site's MDX pipeline and remark plugins; returns the tree and frontmatter the plugins left, and the module. */
async function compilePage(source: string, path = join(process.cwd(), 'src/content/docs/page.mdx')) {
  const seen: { tree?: Root; frontmatter: Record<string, unknown> } = { frontmatter: {} };
  const capture = () => (tree: Root, file: PageFile) => {
    seen.tree = structuredClone(tree);
    seen.frontmatter = file.data.astro?.frontmatter ?? {};
  };
  const renderer = await unified({ remarkPlugins: [remarkHeadingIds, remarkLiveValues, capture] }).createMdxRenderer!({ syntaxHighlight: false } as never, {} as never);
  const { code } = await renderer.process(source, path, { title: 'x' });
  return { tree: seen.tree!, blocks: commandBlocksOf(seen.frontmatter), module: code };
}

const page = (...lines: string[]) => lines.join('\n');
const block = (code: string, heading: string | null, extra: Partial<CommandBlock> = {}): CommandBlock => ({
  id: commandAnchor(code, extra.meta ?? ''),
  lang: 'bash',
  meta: '',
  title: null,
  code,
  heading,
  ...extra,
});

describe('the command blocks of a page, as its compile finds them', () => {
  it.each([
    ['a top-level fence', page('## 見出し', '', '```bash', 'kubectl get pods', '```'), [block('kubectl get pods', '見出し')]],
    [
      'a fence inside a list item, indented under it',
      page('## 手順', '', '1. 確認する', '', '   ```bash', '   kubectl get pods', '   kubectl get nodes', '   ```', '', '2. 次へ'),
      [block('kubectl get pods\nkubectl get nodes', '手順')],
    ],
    ['a fence in a nested list', page('## 手順', '', '- a', '  - b', '', '    ```sh', '    echo nested', '    ```'), [block('echo nested', '手順', { lang: 'sh' })]],
    ['a fence indented by two spaces', page('## 字下げ', '', '  ```bash', '  echo a', '    echo b', '  ```'), [block('echo a\n  echo b', '字下げ')]],
    ['a ~~~ fence', page('## チルダ', '', '~~~shell', 'echo tilde', '~~~'), [block('echo tilde', 'チルダ', { lang: 'shell' })]],
    [
      'a ```` fence holding a ``` line',
      page('## 四つ', '', "````bash title='長いフェンス'", "cat <<'EOF' > x.md", '```', 'EOF', '````'),
      [block("cat <<'EOF' > x.md\n```\nEOF", '四つ', { meta: "title='長いフェンス'", title: '長いフェンス' })],
    ],
    ['a fence in a blockquote', page('## 引用', '', '> ```zsh', '> echo quoted', '> ```'), [block('echo quoted', '引用', { lang: 'zsh' })]],
    [
      '`# comment` lines inside blocks, which are code, not headings',
      page('## 本当の見出し', '', '```yaml', '# 設定の例', 'a: 1', '```', '', '```bash', '# etcd をバックアップする', 'echo a', '```', '', '```sh', 'echo b', '```'),
      [block('# etcd をバックアップする\necho a', '本当の見出し'), block('echo b', '本当の見出し', { lang: 'sh' })],
    ],
    [
      'headings with a `{#id}`, inline code and emphasis, at any depth',
      page('## 再起動が多い \\{#restarts}', '', '```bash', 'echo 1', '```', '', '### `kubectl` で **確認**', '', '```bash', 'echo 2', '```'),
      [block('echo 1', '再起動が多い'), block('echo 2', 'kubectl で 確認')],
    ],
    ['a block before any heading', page('```console', '$ kubectl version', '```'), [block('$ kubectl version', null, { lang: 'console' })]],
    [
      'the fence meta: id= for the anchor, title= for the title',
      page('## x', '', '```bash title="鍵をバックアップする" id=key-backup', 'kubectl get secret {{sealedSecretsKey}}', '```'),
      [block('kubectl get secret {{sealedSecretsKey}}', 'x', { id: 'cmd-key-backup', meta: 'title="鍵をバックアップする" id=key-backup', title: '鍵をバックアップする' })],
    ],
    [
      'a heading that ends in a component (a Starlight badge), which has no text',
      page('## 鍵の更新 <Badge text="v0.27" />', '', '```bash', 'echo 3', '```'),
      [block('echo 3', '鍵の更新')],
    ],
    ['no command language: yaml, none', page('## x', '', '```yaml', 'kind: Pod', '```', '', '```', 'plain', '```'), []],
  ])('%s', async (_name, source, expected) => {
    expect((await compilePage(source)).blocks).toEqual(expected);
  });

  it('anchors a fence inside a list as the same fence at the top level', async () => {
    const top = await compilePage(page('```bash', 'kubectl get pods -n {{namespace}}', '```'));
    const listed = await compilePage(page('- 一覧', '', '  ```bash', '  kubectl get pods -n {{namespace}}', '  ```'));
    expect(listed.blocks.map((b) => b.id)).toEqual(top.blocks.map((b) => b.id));
    expect(top.blocks[0]!.id).toBe('cmd-842a7290');
  });
});

describe('remarkLiveValues', () => {
  it('replaces each command block by a LiveCommand with its anchor and unfilled code, and imports the component', async () => {
    const { tree, module } = await compilePage(page('## x', '', '- 手順', '', '  ```bash id=key-backup', '  kubectl get secret {{sealedSecretsKey}}', '  ```', '', '```yaml', 'name: {{sealedSecretsKey}}', '```'));
    const elements: unknown[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'mdxJsxFlowElement') elements.push(node);
      node.children?.forEach((child) => walk(child as typeof node));
    };
    walk(tree);
    expect(elements).toEqual([
      {
        type: 'mdxJsxFlowElement',
        name: '__LiveCommand__',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'id', value: 'cmd-key-backup' },
          { type: 'mdxJsxAttribute', name: 'code', value: 'kubectl get secret {{sealedSecretsKey}}' },
          { type: 'mdxJsxAttribute', name: 'lang', value: 'bash' },
          { type: 'mdxJsxAttribute', name: 'meta', value: 'id=key-backup' },
          { type: 'mdxJsxAttribute', name: 'where', value: 'src/content/docs/page.mdx' },
        ],
        children: [],
      },
    ]);
    // Not a command language: left to Expressive Code as written.
    expect(tree.children.at(-1)).toMatchObject({ type: 'code', lang: 'yaml', value: 'name: {{sealedSecretsKey}}' });
    const imported = /import __LiveCommand__ from "([^"]+)"/.exec(module)?.[1];
    expect(imported).toMatch(/src\/site\/commands\/LiveCommand\.astro$/);
    expect(existsSync(imported!)).toBe(true);
  });

  it('puts the import first in the tree as the ESTree that mdast-util-mdxjs-esm expects (an Identifier and a Literal)', async () => {
    const { tree } = await compilePage(page('```bash', 'kubectl get pods', '```'));
    const path = join(process.cwd(), 'src/site/commands/LiveCommand.astro');
    expect(tree.children[0]).toMatchObject({ type: 'mdxjsEsm', value: '' });
    expect((tree.children[0] as { data?: { estree?: unknown } }).data?.estree).toEqual({
      type: 'Program',
      sourceType: 'module',
      body: [{
        type: 'ImportDeclaration',
        specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: '__LiveCommand__' } }],
        source: { type: 'Literal', value: path, raw: JSON.stringify(path) },
        attributes: [],
      }],
    });
  });

  it('replaces every command block of one list, each by its own LiveCommand in its place', async () => {
    const { tree } = await compilePage(page('```bash', 'echo one', '```', '', 'text', '', '```sh', 'echo two', '```'));
    expect(tree.children.slice(1).map((node) => (node.type === 'mdxJsxFlowElement' ? (node.attributes as { name: string; value: string }[]).find((a) => a.name === 'code')!.value : node.type))).toEqual(['echo one', 'paragraph', 'echo two']);
  });

  it('stops the build on {{controlPlaneNode}} in a fence without nodes=any or nodes=each, naming the page', async () => {
    await expect(compilePage(page('```bash', 'ssh {{controlPlaneNode}}', '```'), join(process.cwd(), 'src/content/docs/etcd.mdx'))).rejects.toThrow(
      'src/content/docs/etcd.mdx: a command with {{controlPlaneNode}} needs nodes=any or nodes=each in its fence (on several control-plane nodes: run on one of them, or on the node concerned)',
    );
    const { blocks } = await compilePage(page('```bash nodes=any', 'ssh {{controlPlaneNode}}', '```'));
    expect(blocks.map((b) => b.meta)).toEqual(['nodes=any']);
  });

  it('records an empty list and imports nothing on a page without commands', async () => {
    const { blocks, module } = await compilePage(page('## x', '', 'text'));
    expect(blocks).toEqual([]);
    expect(module).not.toContain('LiveCommand');
  });

  it('stops the build on an unknown placeholder, naming the page', async () => {
    await expect(compilePage(page('```bash', 'ssh {{nodeName}}', '```'), join(process.cwd(), 'src/content/docs/etcd.mdx'))).rejects.toThrow(
      'src/content/docs/etcd.mdx: unknown placeholder {{nodeName}}; use one of {{clusterName}}',
    );
  });

  it('stops the build on a placeholder written inside quotes, naming the page', async () => {
    await expect(compilePage(page('```bash', 'ssh "{{controlPlaneNode}}"', '```'), join(process.cwd(), 'src/content/docs/etcd.mdx'))).rejects.toThrow(
      'src/content/docs/etcd.mdx: {{controlPlaneNode}} is inside quotes in a command; write it unquoted, its value is shell-quoted when filled',
    );
  });

  it('compiles every runbook page: no unknown placeholder, none inside quotes', async () => {
    const dir = join(process.cwd(), 'src/content/docs');
    const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
    expect(pages.length).toBeGreaterThan(10);
    let placeholders = 0;
    for (const name of pages) {
      const { blocks } = await compilePage(readFileSync(join(dir, name), 'utf8'), join(dir, name));
      placeholders += blocks.filter((b) => b.code.includes('{{')).length;
    }
    expect(placeholders).toBeGreaterThan(10);
  });

  it('refuses command blocks in a plain markdown page, which cannot render components', () => {
    const tree: Root = { type: 'root', children: [{ type: 'code', lang: 'bash', meta: null, value: 'echo a' }] };
    expect(() => remarkLiveValues()(tree, { path: join(process.cwd(), 'src/content/docs/notes.md'), data: {} })).toThrow(
      'src/content/docs/notes.md: command blocks need an MDX page to fill their {{placeholders}}; rename it to .mdx',
    );
  });
});

describe('remarkLiveValues on a page compiled without a file path', () => {
  it('names it "a page" in its message, and refuses its command blocks: it cannot be known to be MDX', () => {
    const tree: Root = { type: 'root', children: [{ type: 'code', lang: 'bash', meta: null, value: 'echo a' }] };
    expect(() => remarkLiveValues()(tree, { data: {} })).toThrow(
      /^a page: command blocks need an MDX page to fill their \{\{placeholders\}\}; rename it to \.mdx$/,
    );
  });
});

describe('commandAnchor and fenceTitle', () => {
  // The hashes are what `printf 'echo a' | sha1sum` prints, cut to 8 hex digits.
  it.each([
    ['echo a', '', 'cmd-2332149e'],
    ['echo a', 'title="x"', 'cmd-2332149e'],
    ['echo b', '', 'cmd-395128f9'],
    ['echo a', 'id=etcd-backup title="x"', 'cmd-etcd-backup'],
    ['echo a', "title='x' id='quoted'", 'cmd-quoted'],
    ['echo a', 'grid=etcd', 'cmd-2332149e'],
  ])('anchors %j (meta %j) as %s', (code, meta, id) => {
    expect(commandAnchor(code, meta)).toBe(id);
  });

  it.each([
    ['title="a b"', 'a b'],
    ["title='単一'", '単一'],
    ['id=x', null],
    ['id=x title="after the id"', 'after the id'],
    ['subtitle="not a title"', null],
  ])('reads the title of %j', (meta, title) => {
    expect(fenceTitle(meta)).toBe(title);
  });
});
