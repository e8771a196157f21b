import { describe, expect, it } from 'vitest';
import type { Paragraph, Root } from 'mdast';
import { VFile } from 'vfile';
import { remarkHeadingIds } from '../../src/site/heading-ids.ts';
import { ALIASES_WEIGHT, remarkSectionAliases } from '../../src/components/search/remark-section-aliases.ts';

const heading = (text: string) => ({ type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: text }] });
/** The aliases text and the element properties of an alias node. */
const aliasesOf = (node: Root['children'][number] | undefined) => {
  const paragraph = node as Paragraph;
  return { text: paragraph.children.map((child) => ('value' in child ? child.value : '')).join(''), ...(paragraph.data as { hName: string; hProperties: Record<string, unknown> }) };
};

describe('remarkSectionAliases', () => {
  it("puts a section's aliases right after its heading as hidden, weighted text, by explicit id or by text", () => {
    const tree: Root = { type: 'root', children: [heading('ノードが NotReady になった \\{#node-not-ready}'), heading('特徴'), heading('どこにもない見出し')] };
    remarkHeadingIds()(tree);
    remarkSectionAliases()(tree, new VFile({ path: '/project/src/content/docs/troubleshooting.mdx' }));
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'heading', 'heading']);
    const aliases = aliasesOf(tree.children[1]);
    expect(aliases.text).toContain('NotReady');
    expect(aliases).toMatchObject({ hName: 'span', hProperties: { hidden: true, 'data-pagefind-weight': String(ALIASES_WEIGHT) } });
    // The heading keeps its own text and id: the table of contents and anchors do not change.
    expect(tree.children[0]).toMatchObject({ children: [{ value: 'ノードが NotReady になった' }], data: { hProperties: { id: 'node-not-ready' } } });
  });

  it('reads the page id from the file name, and finds headings inside components', () => {
    const tree = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'ForShape', attributes: [], children: [heading('特徴')] }] } as unknown as Root;
    remarkSectionAliases()(tree, new VFile({ path: '/project/src/content/docs/kube-scheduler.mdx' }));
    const inner = (tree.children[0] as unknown as { children: Root['children'] }).children;
    expect(aliasesOf(inner[1]).text).toContain('Pending');
  });
});
