import { getCollection, render } from 'astro:content';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { sitePath } from '../paths.ts';
import { commandBlocksOf } from '../command-blocks.ts';
import { collectCommands, inSidebarOrder, type CommandTopic } from './collect.ts';

/** The id of the コマンド集 page itself, which has no commands of its own. */
export const COMMANDS_PAGE_ID = 'commands';

/** The コマンド集's topics: every page's commands as its compile found them, in sidebar order when given. */
export async function loadCommandTopics(sidebar: StarlightRouteData['sidebar'] = []): Promise<CommandTopic[]> {
  const entries = await getCollection('docs', (entry) => entry.id !== COMMANDS_PAGE_ID);
  const pages = await Promise.all(
    entries.map(async (entry) => ({
      id: entry.id,
      title: entry.data.title,
      source: entry.filePath ?? `src/content/docs/${entry.id}.mdx`,
      // The remark plugin records what it found while compiling the page: the same blocks the page shows.
      blocks: commandBlocksOf((await render(entry)).remarkPluginFrontmatter),
    })),
  );
  const base = sitePath('/');
  return collectCommands(inSidebarOrder(pages, sidebarHrefs(sidebar), base), base);
}

/** The URL of a topic's own page under the コマンド集. */
export function topicPagePath(pageId: string): string {
  return sitePath(`/${COMMANDS_PAGE_ID}/${pageId}/`);
}

function sidebarHrefs(entries: StarlightRouteData['sidebar']): string[] {
  return entries.flatMap((entry) => (entry.type === 'link' ? [entry.href] : sidebarHrefs(entry.entries)));
}
