import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { clusterShape } from '../../src/snapshot/cluster-shape.ts';
import { SHAPE_HEADINGS_KEY, hiddenHeadings, remarkShapeHeadings, type ShapeHeading } from '../../src/site/shape-headings.ts';
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

/** What the plugin records for an MDX page, parsed as Astro's MDX integration parses it (remark-parse + remark-mdx). */
function recordedFor(source: string, data: VFile['data'] = {}): VFile['data'] {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkShapeHeadings);
  const file = new VFile({ path: 'src/content/docs/page.mdx', value: source, data });
  processor.runSync(processor.parse(file), file);
  return file.data;
}
const headingsOf = (source: string) => (recordedFor(source) as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter[SHAPE_HEADINGS_KEY];

describe('remarkShapeHeadings', () => {
  it('records each heading inside a ForShape block with its is / not, and no heading outside one', () => {
    const source = [
      '# ページ',
      '',
      '## どのクラスタでも',
      '',
      '<ForShape is="k3s">',
      '## k3s のデータストア',
      '',
      '本文の段落は見出しではありません。',
      '</ForShape>',
      '',
      '<ForShape not="managed" is="static-pods">',
      '',
      '### `etcd` の *マニフェスト*',
      '</ForShape>',
      '',
      '<ForShape not="static-pods">',
      '## Static Pod ではないとき',
      '</ForShape>',
    ].join('\n');
    expect(headingsOf(source)).toStrictEqual([
      { text: 'k3s のデータストア', conditions: [{ is: 'k3s' }] },
      { text: 'etcd の マニフェスト', conditions: [{ not: 'managed', is: 'static-pods' }] },
      { text: 'Static Pod ではないとき', conditions: [{ not: 'static-pods' }] },
    ]);
  });

  it('records every ForShape around a nested heading, outermost first', () => {
    const source = ['<ForShape is="kubeadm">', '<ForShape not="k3s">', '## 内側', '</ForShape>', '## 外側', '</ForShape>'].join('\n');
    expect(headingsOf(source)).toStrictEqual([
      { text: '内側', conditions: [{ is: 'kubeadm' }, { not: 'k3s' }] },
      { text: '外側', conditions: [{ is: 'kubeadm' }] },
    ]);
  });

  it('finds ForShape blocks below other containers, and ignores other components and inline ForShape', () => {
    const source = [
      '> <ForShape is="managed">',
      '> ## 引用の中',
      '> </ForShape>',
      '',
      '<Aside is="k3s">',
      '## 別のコンポーネント',
      '</Aside>',
      '',
      '段落の中の <ForShape is="k3s">文字</ForShape> は見出しを持てません。',
    ].join('\n');
    expect(headingsOf(source)).toStrictEqual([{ text: '引用の中', conditions: [{ is: 'managed' }] }]);
  });

  it('ignores a `:::ForShape` directive, which is not the component', () => {
    // Starlight parses directives (remark-directive); `:::ForShape{is="k3s"}` + a heading + `:::` becomes this
    // node, whose attributes are an object. Built by hand: remark-directive's mdast types would change this
    // program's ParagraphData for every other file.
    const directive = { type: 'containerDirective', name: 'ForShape', attributes: { is: 'k3s' }, children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'ディレクティブの中' }] }] };
    const file = new VFile();
    remarkShapeHeadings()({ type: 'root', children: [directive] } as unknown as Root, file);
    expect(file.data).toStrictEqual({ astro: { frontmatter: { [SHAPE_HEADINGS_KEY]: [] } } });
  });

  it('keeps a condition without is / not, and leaves out an attribute given as an expression', () => {
    const source = ['<ForShape is={shape} not="managed">', '## 式の属性', '</ForShape>', '', '<ForShape>', '## 条件なし', '</ForShape>'].join('\n');
    expect(headingsOf(source)).toStrictEqual([
      { text: '式の属性', conditions: [{ not: 'managed' }] },
      { text: '条件なし', conditions: [{}] },
    ]);
  });

  it("adds the headings to the page's frontmatter, keeping what is there, and records none on a page without ForShape", () => {
    expect(recordedFor('## 見出し', { astro: { frontmatter: { title: 'etcd' } } })).toStrictEqual({ astro: { frontmatter: { title: 'etcd', [SHAPE_HEADINGS_KEY]: [] } } });
    expect(recordedFor('## 見出し')).toStrictEqual({ astro: { frontmatter: { [SHAPE_HEADINGS_KEY]: [] } } });
  });
});
