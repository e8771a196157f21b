/** Starlight route middleware: the table of contents lists only the headings shown for this cluster (see shape-headings.ts). */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { render } from 'astro:content';
import { getLive } from './live.ts';
import { SHAPE_HEADINGS_KEY, hiddenHeadings, type ShapeHeading } from './shape-headings.ts';
import { shapeOf } from './shape.ts';

type TocItem = { text: string; children: TocItem[] };

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  if (!route.toc) return;
  const recorded = ((await render(route.entry)).remarkPluginFrontmatter[SHAPE_HEADINGS_KEY] ?? []) as ShapeHeading[];
  if (recorded.length === 0) return;
  const hidden = hiddenHeadings(recorded, shapeOf((await getLive()).latest), route.entry.filePath ?? route.id);
  const keep = (items: TocItem[]): TocItem[] => items.filter((item) => !hidden.has(item.text)).map((item) => ({ ...item, children: keep(item.children) }));
  route.toc.items = keep(route.toc.items as TocItem[]) as typeof route.toc.items;
});
