/** Remark plugin: puts each section's search aliases (section-aliases.ts) right after its heading, for Pagefind. */
import { basename, extname } from 'node:path';
import type { Heading, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { sectionAliases } from './section-aliases.ts';

/** Marks the element that holds a section's aliases. */
export const ALIASES_ATTRIBUTE = 'data-search-aliases';

/**
 * Pagefind weight of the aliases: a heading-like word, just under an h3's own text (h1 7 … h3 5, body 1).
 * Pagefind indexes an attribute (data-pagefind-index-attrs) at weight 1 whatever its element, so aliases
 * put on the heading as an attribute counted no more than a word of prose: they are text here instead.
 */
export const ALIASES_WEIGHT = 5;

/** Runs after remarkHeadingIds, so a heading's explicit id is already in `data.hProperties.id`. */
export function remarkSectionAliases() {
  return (tree: Root, file: VFile) => {
    const pageId = basename(file.path ?? '', extname(file.path ?? ''));
    visit(tree, pageId);
  };
}

function visit(parent: Parent, pageId: string): void {
  const children: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    children.push(child);
    if (child.type === 'heading') {
      const aliases = aliasesOf(child, pageId);
      if (aliases.length > 0) children.push(aliasesNode(aliases));
    } else if ('children' in child) visit(child, pageId);
  }
  parent.children = children as Parent['children'];
}

function aliasesOf(heading: Heading, pageId: string): readonly string[] {
  const id = (heading.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties?.id;
  const text = heading.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
  return sectionAliases(pageId, typeof id === 'string' ? id : text);
}

/**
 * `<span hidden data-pagefind-weight=5>aliases</span>`: no reader or screen reader sees it, and it is no part of
 * the heading, so the table of contents and the heading's anchor stay as written. Pagefind indexes it in the
 * heading's section; the result card shows the alias that matched (sub-results.ts).
 */
function aliasesNode(aliases: readonly string[]): Paragraph {
  return {
    type: 'paragraph',
    data: { hName: 'span', hProperties: { hidden: true, [ALIASES_ATTRIBUTE]: '', 'data-pagefind-weight': String(ALIASES_WEIGHT) } },
    children: [{ type: 'text', value: aliases.join(' ') }],
  };
}
