/**
 * The search dialog's behaviour (Search.astro): Starlight's own `site-search` element, opened by its
 * button or Ctrl/⌘+K, holding Pagefind's Default UI. The one change from Starlight's script is where the
 * UI loads Pagefind from: `bundlePath` is the documented Default UI option naming the folder whose
 * `pagefind.js` it imports, and /pagefind-relaxed/pagefind.js is Pagefind's API with relaxed search
 * (relaxed-pagefind.ts). That is the least fragile hook: no Pagefind internals, and Pagefind's own
 * `pagefind.js` still finds its index from its own URL.
 */
import type { PagefindUIOptions } from '@pagefind/default-ui';
import { ja } from '../../i18n/ja.ts';
import { normalizeQuery } from './query.ts';
import { aliasesOfLink } from './section-aliases.ts';
import { chooseSubResults, type ResultData } from './sub-results.ts';

/** Where the UI loads its Pagefind API from: src/pages/pagefind-relaxed/pagefind.js.ts. */
const RELAXED_BUNDLE_PATH = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind-relaxed/`;

/**
 * Ranking Starlight 0.42 gives Pagefind when `pagefind: true` (its schema's defaults, not Pagefind's);
 * Starlight's Search passed them, so search.test.ts's figures were measured with them.
 */
const RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8 };

/** The dialog's search box, once the Default UI has mounted it. */
const searchInput = () => document.querySelector<HTMLInputElement>('#starlight__search input.pagefind-ui__search-input');

/** The Default UI's options for the dialog, `translations` from the page's data-translations. */
function pagefindUIOptions(translations: Record<string, string>): PagefindUIOptions {
  return {
    ranking: RANKING,
    element: '#starlight__search',
    baseUrl: import.meta.env.BASE_URL,
    bundlePath: RELAXED_BUNDLE_PATH,
    showImages: false,
    translations,
    showSubResults: true,
    // The sections a card links are the ones holding the query's words, not the longest (sub-results.ts).
    processResult: (data: ResultData) => chooseSubResults(data, normalizeQuery(searchInput()?.value ?? ''), (sub) => aliasesOfLink(sub.url, sub.title)),
    // Pagefind's 300 ms wait, less: settled results in 400 ms (issue 16); a search costs a few ms here.
    debounceTimeoutMs: 100,
    // The コマンド集 copies a page's commands: it shows only when 種類: コマンド is ticked (relaxed-pagefind.ts).
    copies: { filter: ja.search.filterName, value: ja.search.commands },
  };
}

class SiteSearch extends HTMLElement {
  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;

    /** Close the modal if a user clicks on a link or outside of the modal. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) {
        closeModal();
      }
    };

    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      this.querySelector('input')?.focus();
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };

    const closeModal = () => dialog.close();

    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    // Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
        dialog.open ? closeModal() : openModal();
        e.preventDefault();
      }
    });

    let translations: Record<string, string> = {};
    try {
      translations = JSON.parse(this.dataset.translations || '{}');
    } catch {}

    window.addEventListener('DOMContentLoaded', () => {
      // `astro dev` has no Pagefind index: the dialog shows Starlight's notice instead.
      if (import.meta.env.DEV) return;
      const onIdle = window.requestIdleCallback || ((cb: () => void) => setTimeout(cb, 1));
      onIdle(async () => {
        // Loaded when idle, as Starlight does: the UI is the largest script of a page.
        const { PagefindUI } = await import('@pagefind/default-ui');
        new PagefindUI(pagefindUIOptions(translations));
      });
    });
  }
}
customElements.define('site-search', SiteSearch);
