import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { liveFrom, type Live } from '../../src/site/live-data.ts';
import type { Snapshot } from '../../src/snapshot/schema.ts';

let container: Promise<AstroContainer> | undefined;

/** Renders an Astro component to an HTML string with the Container API (one container per test file). */
export async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(component, { props });
}

/** The Live data a page would get for these snapshots, seen at `now`. */
export function liveOf(snapshots: Snapshot[], now: string): Live {
  return liveFrom(snapshots, new Date(now));
}

// A tag ends at the first `>` outside a quoted attribute value (a value may hold cluster text with `>` in it).
const BLOCK_TAG = /<\/?(?:p|div|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|th|td|details|summary|pre|h\d)\b(?:[^>"]|"[^"]*")*>/g;
const TAG = /<(?:[^>"]|"[^"]*")*>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The visible text of an HTML fragment as a reader sees it (blocks apart, inline tags joined), entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(BLOCK_TAG, ' ')
    .replace(TAG, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ENTITIES[name]!)
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The HTML with every quoted attribute value emptied: what is left is markup, so cluster text found
 * in it would be live HTML (a value may hold `<` safely; a `"` in it must be escaped, or the rest leaks here).
 */
export function markupOf(html: string): string {
  return html.replace(/"[^"]*"/g, '""');
}

const CELL = /<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g;

/** The column headers of the first table, as text, in order. */
export function headerCells(html: string): string[] {
  const head = html.match(/<thead\b[^>]*>([\s\S]*?)<\/thead>/);
  if (!head) throw new Error('headerCells: the HTML has no <thead>');
  return [...head[1]!.matchAll(CELL)].map((m) => textOf(m[1]!));
}

/** The cells (th and td) of the first row after `marker` (an attribute such as `data-node="rpi-master-1"`), as text. */
export function rowCells(html: string, marker: string): string[] {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`rowCells: no ${marker} in the HTML`);
  const row = html.slice(at).split('</tr>')[0]!;
  return [...row.matchAll(CELL)].map((m) => textOf(m[1]!));
}

/** The rows of the first table's body, each as its cells' text. */
export function bodyRows(html: string): string[][] {
  const body = html.match(/<tbody\b[^>]*>([\s\S]*?)<\/tbody>/);
  if (!body) throw new Error('bodyRows: the HTML has no <tbody>');
  return body[1]!.split('</tr>').slice(0, -1).map((row) => [...row.matchAll(CELL)].map((m) => textOf(m[1]!)));
}
