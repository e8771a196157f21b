/** Remark plugin: puts each section's search aliases (section-aliases.ts) on its heading, for Pagefind. */
import { basename, extname } from 'node:path';
import type { Heading, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { sectionAliases } from './section-aliases.ts';

/** The attribute that holds the aliases; `data-pagefind-index-attrs` makes Pagefind index its value. */
export const ALIASES_ATTRIBUTE = 'data-search-aliases';

/** Runs after remarkHeadingIds, so a heading's explicit id is already in `data.hProperties.id`. */
export function remarkSectionAliases() {
  return (tree: Root, file: VFile) => {
    const pageId = basename(file.path ?? '', extname(file.path ?? ''));
    visit(tree, pageId);
  };
}

function visit(parent: Parent, pageId: string): void {
  for (const child of parent.children) {
    if (child.type === 'heading') addAliases(child, pageId);
    else if ('children' in child) visit(child, pageId);
  }
}

function addAliases(heading: Heading, pageId: string): void {
  const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
  const id = data.hProperties?.id;
  const text = heading.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
  const aliases = sectionAliases(pageId, typeof id === 'string' ? id : text);
  if (aliases.length === 0) return;
  heading.data = {
    ...data,
    hProperties: { ...data.hProperties, [ALIASES_ATTRIBUTE]: aliases.join(' '), 'data-pagefind-index-attrs': ALIASES_ATTRIBUTE },
  } as Heading['data'];
}
