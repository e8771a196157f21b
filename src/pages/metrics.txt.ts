/**
 * `/metrics.txt`: the newest snapshot's findings in Prometheus' text format, for a scrape job pointed at
 * the static site (`metrics_path: /metrics.txt`); docs/monitoring/ alerts on it.
 */
import type { APIRoute } from 'astro';
import { findingsPrometheus } from '../site/findings-export.ts';
import { getLive } from '../site/live.ts';

export const GET: APIRoute = async () => {
  const { latest, findings, silenced } = await getLive();
  // No snapshot: an empty exposition; the stale-snapshot alert fires on the absent timestamp.
  const body = latest ? findingsPrometheus(latest, { active: findings, silenced }) : '';
  return new Response(body, { headers: { 'content-type': 'text/plain; version=0.0.4' } });
};
