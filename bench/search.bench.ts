/**
 * Search figures over test/browser/search-queries.ts's INCIDENT_QUERIES, HELD_OUT_QUERIES and GROWN_QUERIES (each set and all), typed into the built site's search
 * dialog in Chromium: rank-1, top-3, section-linked, twins and the median time from typing to settled results
 * (the debounce included). SEARCH_BENCH_SITE=dir reuses a built site; otherwise the site is built first.
 * SEARCH_BENCH_VERBOSE=1 prints every query's top results.
 */
import { launchChromium } from '../test/browser/chromium.ts';
import { figures, judge, showResults } from '../test/browser/search-figures.ts';
import { GROWN_QUERIES, HELD_OUT_QUERIES, INCIDENT_QUERIES, type IncidentQuery } from '../test/browser/search-queries.ts';
import { buildSite } from '../test/browser/site-build.ts';
import { serveDirectory } from '../test/browser/static-server.ts';

const siteDir = process.env.SEARCH_BENCH_SITE ?? (await buildSite());
const server = await serveDirectory(siteDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(new URL('backup/', server.url).href);
  const all = [];
  for (const [name, queries] of [['incident', INCIDENT_QUERIES], ['held-out', HELD_OUT_QUERIES], ['grown', GROWN_QUERIES]] as const) {
    const rows = [];
    for (const query of queries as readonly IncidentQuery[]) {
      const shown = await showResults(page, query.query);
      const row = { shown, ...judge(shown, query) };
      rows.push(row);
      if (process.env.SEARCH_BENCH_VERBOSE) {
        const top = shown.pages.slice(0, 3).map((path) => `${path}[${(shown.sections.get(path) ?? []).map((a) => a.split('#')[1]).join(',')}]`);
        console.log(`${row.rank === 1 ? '1' : row.rank || '-'} ${row.sectionLinked ? 'S' : ' '} ${query.query} -> ${top.join(' ')}`);
      }
    }
    console.log(`search (${queries.length} ${name} queries): ${figures(rows)}`);
    all.push(...rows);
  }
  console.log(`search (all ${all.length} queries): ${figures(all)}`);
} finally {
  await browser.close();
  await server.close();
}
