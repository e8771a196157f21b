import { createHash } from 'node:crypto';
import type { Code, Nodes, Parent, Root } from 'mdast';
import { splitHeadingId } from './heading-ids.ts';

/** Fence languages that count as commands: they get an anchor and placeholders are filled. */
export const COMMAND_LANGS: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

/** A fenced command block as written in a page, before its placeholders are filled. */
export type CommandBlock = {
  /** The anchor id of the block on its page (`cmd-3f2a9c1b`, or `cmd-<id>` from the fence's `id=`). */
  id: string;
  lang: string;
  /** The fence's meta string (`title="…" id=etcd-backup`), as written. */
  meta: string;
  /** The `title="…"` of the fence, when it has one. */
  title: string | null;
  /** The code with its `{{placeholders}}` still in it. */
  code: string;
  /** The text of the nearest heading above the block (without its `{#id}`), to group commands by topic. */
  heading: string | null;
};

/** The key of a page's frontmatter under which remark-live-values records its command blocks. */
export const COMMAND_BLOCKS_KEY = 'commandBlocks';

/** The command blocks recorded for a page, from `(await render(entry)).remarkPluginFrontmatter`. */
export function commandBlocksOf(frontmatter: Record<string, unknown>): CommandBlock[] {
  return (frontmatter[COMMAND_BLOCKS_KEY] as CommandBlock[] | undefined) ?? [];
}

/** Whether a fence's language makes it a command block; a fence without one is not. */
// Stryker disable next-line StringLiteral: for a fence without a language, '' and any other text not in COMMAND_LANGS answer alike.
const isCommandLang = (lang: string | null | undefined) => COMMAND_LANGS.has(lang ?? '');

/** A command block of a page's tree, with the node and its place so a plugin can replace it. */
export type FoundCommandBlock = { block: CommandBlock; node: Code; parent: Parent; index: number };

/**
 * The anchor id of a command block: `cmd-<id>` when the fence says `id=<id>`, else `cmd-` and the
 * first 8 hex digits of the SHA-1 of its unfilled code, so it stays put when other blocks move.
 */
export function commandAnchor(code: string, meta: string): string {
  const explicit = /(?:^|\s)id=["']?([A-Za-z0-9_-]+)/.exec(meta)?.[1];
  return `cmd-${explicit ?? createHash('sha1').update(code).digest('hex').slice(0, 8)}`;
}

/** The `title="…"` of a fence meta string. */
export function fenceTitle(meta: string): string | null {
  return /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta)?.slice(1).find((v) => v !== undefined) ?? null;
}

/**
 * The command blocks of a page's markdown tree, in document order, each with the heading above it.
 * The one parser of commands: pages render them and コマンド集 lists them from what this finds,
 * wherever a fence sits (list item, blockquote, indented) and whatever its fence (``` or ~~~, any length).
 */
export function findCommandBlocks(tree: Root): FoundCommandBlock[] {
  const found: FoundCommandBlock[] = [];
  let heading: string | null = null;
  const walk = (parent: Parent) => {
    parent.children.forEach((node, index) => {
      if (node.type === 'heading') heading = splitHeadingId(textOf(node)).text.trim();
      else if (node.type === 'code' && isCommandLang(node.lang)) {
        const meta = node.meta ?? '';
        const block = { id: commandAnchor(node.value, meta), lang: node.lang!, meta, title: fenceTitle(meta), code: node.value, heading };
        found.push({ block, node, parent, index });
      } else if ('children' in node) walk(node);
    });
  };
  walk(tree);
  return found;
}

/** The plain text of a node: what a reader sees of a heading (inline code and emphasis included). */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
