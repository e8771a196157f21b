/** In the browser, on the 404 page: names the unknown alert and opens the site's search with it. */
import { unknownAlertJa as t } from '../../i18n/alert-client.ja.ts';
import { unknownAlertName } from './unknown-alert.ts';

/** Shows `root` when the missing path is an alert's page; its button fills the search dialog with the name. */
export function showUnknownAlert(root: HTMLElement, pathname: string): void {
  // Stryker disable next-line StringLiteral: '' names the site root to unknownAlertName just as '/' does (it strips a trailing slash)
  const name = unknownAlertName(pathname, root.dataset.base ?? '/');
  if (name === null) return;
  root.querySelector('[data-unknown-body]')!.textContent = t.body(name);
  const button = root.querySelector<HTMLButtonElement>('[data-unknown-search]')!;
  button.textContent = t.search(name);
  button.addEventListener('click', () => {
    document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')?.click();
    fillSearch(name, 60);
  });
  root.hidden = false;
}

/** Types `name` into Pagefind's search box, which searches on the input event; waits (a frame at a time) for the UI to mount. */
function fillSearch(name: string, framesLeft: number): void {
  const input = document.querySelector<HTMLInputElement>('#starlight__search input[type="text"]');
  if (!input) {
    if (framesLeft > 0) requestAnimationFrame(() => fillSearch(name, framesLeft - 1));
    return;
  }
  input.value = name;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
