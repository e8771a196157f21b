/**
 * `/snapshots/index.json`: the published snapshots per cluster, oldest first, with the path of each
 * file, so a client (compare page, service worker) knows what to fetch without listing a folder.
 */
import type { APIRoute } from 'astro';
import { getHistory } from '../../site/history-data.ts';
import { snapshotIndex } from '../../site/history-index.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(snapshotIndex(await getHistory(), import.meta.env.BASE_URL)), { headers: { 'content-type': 'application/json' } });
};
