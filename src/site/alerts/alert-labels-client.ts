/** In the browser: fills an alert page's label block from the page's query string. */
import { alertLabelsJa as t } from '../../i18n/alert-client.ja.ts';
import { describeLabels, type LabelTargets } from './label-targets.ts';

/** Shows `root` with one item per label of the query that names an object; leaves it hidden when none does. */
export function showAlertLabels(root: HTMLElement, query: URLSearchParams): void {
  const targets = JSON.parse(root.dataset.targets ?? 'null') as LabelTargets | null;
  if (!targets) return;
  const lines = describeLabels(query, targets);
  if (lines.length === 0) return;
  const list = root.querySelector('ul')!;
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  root.querySelector('[data-captured]')!.textContent = t.captured(targets.capturedAt);
  root.hidden = false;
}
