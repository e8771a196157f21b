import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { remarkHeadingIds } from '../../src/site/heading-ids.ts';
import { remarkSectionAliases } from '../../src/components/search/remark-section-aliases.ts';

const heading = (text: string) => ({ type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: text }] });

describe('remarkSectionAliases', () => {
  it("puts a section's aliases on its heading as an attribute Pagefind indexes, by explicit id or by text", () => {
    const tree: Root = { type: 'root', children: [heading('Pod が Ready にならない \\{#not-ready}'), heading('特徴'), heading('どこにもない見出し')] };
    remarkHeadingIds()(tree);
    remarkSectionAliases()(tree, new VFile({ path: '/project/src/content/docs/troubleshooting.mdx' }));
    const props = tree.children.map((node) => (node.data as { hProperties?: Record<string, string> } | undefined)?.hProperties);
    expect(props[0]).toEqual({ id: 'not-ready', 'data-search-aliases': expect.stringContaining('NotReady'), 'data-pagefind-index-attrs': 'data-search-aliases' });
    expect(props.slice(1)).toEqual([undefined, undefined]);
  });

  it('reads the page id from the file name', () => {
    const tree: Root = { type: 'root', children: [heading('特徴')] };
    remarkSectionAliases()(tree, new VFile({ path: '/project/src/content/docs/kube-scheduler.mdx' }));
    expect((tree.children[0]!.data as { hProperties: Record<string, string> }).hProperties['data-search-aliases']).toContain('Pending');
  });
});
