/**
 * Bench child: the floor. The same requests the capture made (BENCH_REQUESTS, in the same order,
 * pods first and the rest 4 at a time), with plain fetch + JSON.parse, items kept as a capture keeps them.
 * The fake API's CA comes in through NODE_EXTRA_CA_CERTS.
 */
import { readFileSync } from 'node:fs';
import { report } from './child.ts';

type Recorded = { url: string; accept: string; pods: boolean };
const requests = JSON.parse(readFileSync(process.env['BENCH_REQUESTS']!, 'utf8')) as Recorded[];
const headers = (accept: string) => ({ authorization: `Bearer ${process.env['BENCH_TOKEN']}`, accept });
const kept: unknown[] = [];
let podsMs = 0;

const get = async (r: Recorded) => {
  const res = await fetch(r.url, { headers: headers(r.accept) });
  const text = await res.text();
  // The health checks (/readyz?verbose, /livez?verbose) answer in plain text, kept as the capture keeps it.
  if (!(res.headers.get('content-type') ?? '').includes('json')) return void kept.push(text);
  const body = JSON.parse(text) as { items?: unknown[]; rows?: unknown[] };
  for (const item of body.items ?? body.rows ?? [body]) kept.push(item);
};

const started = performance.now();
for (const r of requests.filter((q) => q.pods)) await get(r);
podsMs = performance.now() - started;
const rest = requests.filter((q) => !q.pods);
let next = 0;
await Promise.all(Array.from({ length: 4 }, async () => {
  while (next < rest.length) await get(rest[next++]!);
}));
report({ ms: performance.now() - started, items: kept.length, detail: { pods: Math.round(podsMs) } });
