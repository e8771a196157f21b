/**
 * Starlight's search dialog imports `@pagefind/default-ui`; astro.config aliases that name to this
 * file, which hands Pagefind's UI the relaxed API module (relaxed-search.ts) instead of Pagefind's own.
 * Everything else (markup, keyboard use, filters, translations) stays Starlight's and Pagefind's.
 */
// @ts-expect-error Pagefind's default UI ships no types.
import { PagefindUI as DefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';

/** Pagefind's default UI, loading `<base>/pagefind-relaxed/pagefind.js` instead of `<base>/pagefind/pagefind.js`. */
export class PagefindUI extends DefaultUI {
  constructor(options: { bundlePath?: string } & Record<string, unknown>) {
    super({ ...options, bundlePath: (options.bundlePath ?? '/pagefind/').replace(/pagefind\/$/, 'pagefind-relaxed/') });
  }
}
