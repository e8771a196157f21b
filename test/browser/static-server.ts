/** The bench's name for the site's own static server (src/site/offline/static-server.ts), kept so bench/site.bench.ts needs no change. */
export { serveStatic as serveDirectory, type StaticServer } from '../../src/site/offline/static-server.ts';
