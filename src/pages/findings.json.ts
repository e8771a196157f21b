/** `/findings.json`: the newest snapshot's findings as data (what `npm run findings -- --format json` prints). */
import type { APIRoute } from 'astro';
import { findingsJson } from '../site/findings-export.ts';
import { getLive } from '../site/live.ts';

export const GET: APIRoute = async () => {
  const { latest, findings, silenced } = await getLive();
  const body = latest ? findingsJson(latest, { active: findings, silenced }) : '{"findings":[]}\n';
  return new Response(body, { headers: { 'content-type': 'application/json' } });
};
