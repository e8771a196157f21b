/**
 * Each snapshot as published data (`/snapshots/<id>.json.gz`), read by the compare page and the
 * browser-drawn snapshot view, and precached for the newest snapshot only. Gzip, as Pagefind's own
 * index files: the JSON is mostly repeated keys, so a year of history costs a fifth of the bytes,
 * and the page inflates it itself (snapshot-fetch.ts), so no server needs to send Content-Encoding.
 */
import { gzipSync } from 'node:zlib';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHistory } from '../../site/history-data.ts';
import type { HistoryEntry } from '../../site/history-view.ts';

export const getStaticPaths = (async () => {
  const { byId } = await getHistory();
  return [...byId].map(([id, { entry }]) => ({ params: { id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: HistoryEntry };
  return new Response(gzipSync(JSON.stringify(entry.snapshot)), { headers: { 'content-type': 'application/gzip' } });
};
