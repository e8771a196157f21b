import { getCollection } from 'astro:content';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { getLive } from '../live.ts';
import { sitePath } from '../paths.ts';
import { collectCommands, inSidebarOrder, type CommandTopic } from './collect.ts';

/** The id of the コマンド集 page itself, which has no commands of its own. */
export const COMMANDS_PAGE_ID = 'commands';

/** The コマンド集's topics: every page's commands, filled from the latest snapshot, in sidebar order when given. */
export async function loadCommandTopics(sidebar: StarlightRouteData['sidebar'] = []): Promise<CommandTopic[]> {
  const entries = await getCollection('docs', (entry) => entry.id !== COMMANDS_PAGE_ID);
  const pages = entries.map((entry) => ({ id: entry.id, title: entry.data.title, body: entry.body ?? '' }));
  const { latest } = await getLive();
  const base = sitePath('/');
  return collectCommands(inSidebarOrder(pages, sidebarHrefs(sidebar), base), latest, base);
}

/** The URL of a topic's own page under the コマンド集. */
export function topicPagePath(pageId: string): string {
  return sitePath(`/${COMMANDS_PAGE_ID}/${pageId}/`);
}

function sidebarHrefs(entries: StarlightRouteData['sidebar']): string[] {
  return entries.flatMap((entry) => (entry.type === 'link' ? [entry.href] : sidebarHrefs(entry.entries)));
}
