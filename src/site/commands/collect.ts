import type { CommandBlock } from '../command-blocks.ts';

/** A runbook page as the コマンド集 reads it: its id (`backup`), title, source file and the command blocks its compile found. */
export type SourcePage = { id: string; title: string; source: string; blocks: readonly CommandBlock[] };

/** One command of a page and where it lives. */
export type CollectedCommand = {
  /** The block's anchor on its page (`cmd-etcd-backup`); the コマンド集 reuses it. */
  id: string;
  lang: string;
  /** The fence's title, else the heading above it, else the page's title. */
  title: string;
  /** The heading above it (without its `{#id}`), to group commands. */
  heading: string | null;
  /** The code as written, placeholders unfilled: LiveCommand fills it exactly as on the page. */
  code: string;
  /** The fence's meta (`title="…" shapes=k3s`): its `shapes=` keeps the command to some clusters. */
  meta: string;
  /** `/<page>/#<id>`: the command on its own page. */
  href: string;
  /** The page's source file (`src/content/docs/backup.mdx`), named by an error on a bad placeholder. */
  source: string;
};

/** The commands of one page: a topic of the コマンド集. */
export type CommandTopic = { page: { id: string; title: string }; href: string; commands: CollectedCommand[] };

/** Every command block of `pages`, grouped by page, each linked to its place on its page. Pages without commands are left out. */
export function collectCommands(pages: readonly SourcePage[], base = '/'): CommandTopic[] {
  return pages.flatMap(({ id, title, source, blocks }) => {
    const pagePath = id === 'index' ? base : `${base}${id}/`;
    const commands = blocks.map(
      (block): CollectedCommand => ({
        id: block.id,
        lang: block.lang,
        title: block.title ?? block.heading ?? title,
        heading: block.heading,
        code: block.code,
        meta: block.meta,
        href: `${pagePath}#${block.id}`,
        source,
      }),
    );
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
