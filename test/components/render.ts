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

/** The visible text of an HTML fragment, tags dropped and whitespace squeezed, for readable assertions. */
export function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}
