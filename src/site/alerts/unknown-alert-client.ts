/** In the browser, on the 404 page: names the unknown alert and opens the site's search with it. */
import { unknownAlertJa as t } from '../../i18n/alert-client.ja.ts';
import { unknownAlertName } from './unknown-alert.ts';

/** Shows `root` when the missing path is an alert's page; its button fills the search dialog with the name. */
export function showUnknownAlert(root: HTMLElement, pathname: string): void {
  const name = unknownAlertName(pathname, root.dataset.base ?? '/');
  if (name === null) return;
  root.querySelector('[data-unknown-body]')!.textContent = t.body(name);
  const button = root.querySelector<HTMLButtonElement>('[data-unknown-search]')!;
  button.textContent = t.search(name);
  button.addEventListener('click', () => {
    document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')?.click();
    // Pagefind's UI mounts its input when the dialog first opens; it searches on the input event.
    requestAnimationFrame(() => {
      const input = document.querySelector<HTMLInputElement>('#starlight__search input');
      if (!input) return;
      input.value = name;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });
  root.hidden = false;
}
