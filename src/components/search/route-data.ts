/** Starlight route middleware: the search filter (and keywords, see keywords.ts) every page carries. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { hasSearchFilter, searchFilterHead } from './filters.ts';
import { keywordsHead } from './keywords.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!route.entry.data.pagefind) return;
  if (!hasSearchFilter(route.head)) route.head.push(...searchFilterHead('pages'));
  route.head.push(...keywordsHead(route.id));
});
