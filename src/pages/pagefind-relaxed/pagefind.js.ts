/** The search dialog's Pagefind API: Pagefind's own module with relaxed multi-word search (src/components/search/relaxed-search.ts). */
import { relaxedPagefindModule } from '../../components/search/relaxed-search.ts';

export function GET(): Response {
  return new Response(relaxedPagefindModule(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
