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

const BLOCK_TAG = /<\/?(?:p|div|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|th|td|details|summary|pre|h\d)\b[^>]*>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The visible text of an HTML fragment as a reader sees it (blocks apart, inline tags joined), entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}
