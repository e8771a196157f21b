/**
 * Each snapshot as published JSON (`/snapshots/<id>.json`), read by the compare page in the browser
 * and precached for offline use. The file is the snapshot as validated at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHistory } from '../../site/history-data.ts';
import type { HistoryEntry } from '../../site/history-view.ts';

export const getStaticPaths = (async () => {
  const { byId } = await getHistory();
  return [...byId].map(([id, { entry }]) => ({ params: { id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: HistoryEntry };
  return new Response(JSON.stringify(entry.snapshot), { headers: { 'content-type': 'application/json' } });
};
