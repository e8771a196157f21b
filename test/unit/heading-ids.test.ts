/** Explicit heading ids (`## 見出し \{#id}`), which troubleshooting links from findings rely on. */
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { remarkHeadingIds, splitHeadingId } from '../../src/site/heading-ids.ts';

describe('splitHeadingId', () => {
  it.each([
    ['escaped, as MDX needs it', '再起動が多い \\{#restarts}', { text: '再起動が多い', id: 'restarts' }],
    ['unescaped', 'DNS が引けない {#dns}', { text: 'DNS が引けない', id: 'dns' }],
    ['spaces around it', 'Title   {#a_b-1}  ', { text: 'Title', id: 'a_b-1' }],
    ['no id', '再起動が多い', { text: '再起動が多い', id: null }],
    ['an id that does not start with a letter', 'Title {#1st}', { text: 'Title {#1st}', id: null }],
    ['an id not at the end', 'Title {#id} more', { text: 'Title {#id} more', id: null }],
    ['a plain brace', 'Title {id}', { text: 'Title {id}', id: null }],
  ])('%s', (_name, text, expected) => {
    expect(splitHeadingId(text)).toEqual(expected);
  });
});

describe('remarkHeadingIds', () => {
  const heading = (value: string, data?: object) => ({ type: 'heading', depth: 2, children: [{ type: 'text', value }], ...(data ? { data } : {}) });

  it('moves the id into hProperties, keeps other properties, and finds headings inside containers', () => {
    const tree = {
      type: 'root',
      children: [
        heading('再起動が多い \\{#restarts}', { hProperties: { class: 'x' } }),
        { type: 'blockquote', children: [heading('中 {#inner}')] },
        heading('no id'),
        { type: 'heading', depth: 3, children: [{ type: 'inlineCode', value: 'code {#not-text}' }] },
      ],
    } as Root;
    remarkHeadingIds()(tree);
    expect(tree.children).toEqual([
      heading('再起動が多い', { hProperties: { class: 'x', id: 'restarts' } }),
      { type: 'blockquote', children: [heading('中', { hProperties: { id: 'inner' } })] },
      heading('no id'),
      { type: 'heading', depth: 3, children: [{ type: 'inlineCode', value: 'code {#not-text}' }] },
    ]);
  });
});
