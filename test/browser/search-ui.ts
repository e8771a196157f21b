import type { Page } from 'playwright-core';

/**
 * Types `query` into the site's search dialog (Starlight's Pagefind UI, the path a reader takes)
 * and returns the result pages' paths in rank order (`/backup/`), without hash or query.
 * `filter` ticks a filter value first (`{ 種類: 'コマンド' }`); `timing.ms` gets the time from typing the
 * query to settled results (Pagefind's debounce included, the clearing before it not).
 */
export async function searchViaUi(page: Page, query: string, filter?: Record<string, string>, timing?: { ms: number }): Promise<string[]> {
  const input = page.locator('#starlight__search input[type="text"], #starlight__search input:not([type])').first();
  if (!(await input.isVisible())) {
    await page.locator('button[data-open-modal]').click();
    await input.waitFor({ state: 'visible' });
  }
  const clear = async () => {
    await input.fill('');
    await page.waitForFunction(() => !document.querySelector('#starlight__search .pagefind-ui__message')?.textContent?.trim());
  };
  const settled = (term: string) =>
    page.waitForFunction(
      (t) => {
        const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
        // Done when the message names the term and is no longer the "searching" one (any UI language).
        if (!message.includes(t) || /searching|検索中/i.test(message)) return false;
        const results = [...document.querySelectorAll('#starlight__search .pagefind-ui__result')].slice(0, 3);
        return results.every((result) => result.querySelector('a.pagefind-ui__result-link[href]'));
      },
      term,
      { timeout: 10_000 },
    );
  // Start from an empty box, so the wait cannot match the previous search's message.
  await clear();
  if (filter) {
    // The filter panel shows once there are results; the ticks survive clearing the box.
    await input.fill(query);
    await settled(query);
    for (const [name, value] of Object.entries(filter)) {
      const checkbox = `input.pagefind-ui__filter-checkbox[name="${name}"][value="${value}"]`;
      const group = page.locator('#starlight__search details.pagefind-ui__filter-block', { has: page.locator(checkbox) });
      if (!(await group.evaluate((el) => (el as HTMLDetailsElement).open))) await group.locator('summary').click();
      await group.locator(checkbox).check();
    }
    await clear();
  }
  const started = Date.now();
  await input.fill(query);
  await settled(query);
  if (timing) timing.ms = Date.now() - started;
  // Sub-results follow their page and share its path, so first occurrences keep the page order.
  return page.$$eval('#starlight__search .pagefind-ui__result-link', (links) => {
    const paths = links.map((link) => new URL((link as HTMLAnchorElement).href).pathname);
    return [...new Set(paths)];
  });
}
