import type { Snapshot } from '../../snapshot/schema.ts';
import { extractCommandBlocks } from '../command-blocks.ts';
import { splitHeadingId } from '../heading-ids.ts';
import { fillPlaceholders } from '../live-values.ts';

/** A runbook page as the コマンド集 reads it: its id (`backup`), title and MDX source. */
export type SourcePage = { id: string; title: string; body: string };

/** One command of a page, filled with the snapshot's values, and where it lives. */
export type CollectedCommand = {
  /** The block's anchor on its page (`cmd-etcd-backup`); the コマンド集 reuses it. */
  id: string;
  lang: string;
  /** The fence's title, else the heading above it. */
  title: string;
  /** The heading above it (without its `{#id}`), to group commands. */
  heading: string | null;
  /** The code with its placeholders filled exactly as the page shows it. */
  code: string;
  /** `/<page>/#<id>`: the command on its own page. */
  href: string;
};

/** The commands of one page: a topic of the コマンド集. */
export type CommandTopic = { page: Omit<SourcePage, 'body'>; href: string; commands: CollectedCommand[] };

/**
 * Every command block of `pages`, grouped by page, with placeholders filled from `snapshot` the way
 * remark-live-values fills them on the page itself. Pages without commands are left out.
 */
export function collectCommands(pages: readonly SourcePage[], snapshot: Snapshot | null, base = '/'): CommandTopic[] {
  return pages.flatMap(({ id, title, body }) => {
    const pagePath = id === 'index' ? base : `${base}${id}/`;
    const commands = extractCommandBlocks(body).map((block): CollectedCommand => {
      const heading = block.heading === null ? null : splitHeadingId(block.heading).text.trim();
      return {
        id: block.id,
        lang: block.lang,
        title: block.title ?? heading ?? title,
        heading,
        code: fillPlaceholders(block.code, snapshot, `src/content/docs/${id}.mdx`),
        href: `${pagePath}#${block.id}`,
      };
    });
    return commands.length > 0 ? [{ page: { id, title }, href: pagePath, commands }] : [];
  });
}

/** Orders pages as the sidebar lists them (`hrefs` in sidebar order); pages not in it go last. */
export function inSidebarOrder<T extends { id: string }>(pages: readonly T[], hrefs: readonly string[], base = '/'): T[] {
  const rank = (id: string) => {
    const index = hrefs.indexOf(id === 'index' ? base : `${base}${id}/`);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...pages].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
