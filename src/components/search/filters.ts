import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/** Starlight's head entries (its HeadConfig type is not exported). */
export type HeadConfig = StarlightRouteData['head'];
import { ja } from '../../i18n/ja.ts';

/**
 * Pagefind filters are per page: every page says whether it is a コマンド集 topic page or an
 * explanation, so the search dialog can narrow results to commands (種類: コマンド).
 */
export function searchFilterHead(kind: 'commands' | 'pages'): HeadConfig {
  return [{ tag: 'meta', attrs: { 'data-pagefind-filter': `${ja.search.filterName}[content]`, content: ja.search[kind] } }];
}

/** The head entries of a コマンド集 topic page. */
export function commandFilterHead(): HeadConfig {
  return searchFilterHead('commands');
}

/** True when `head` already carries a Pagefind filter (the page chose its kind itself). */
export function hasSearchFilter(head: HeadConfig): boolean {
  return head.some((entry) => entry.attrs?.['data-pagefind-filter'] !== undefined);
}
