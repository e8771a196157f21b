/**
 * The compare page in the browser: two pickers (same cluster only), the diff computed by the same
 * src/snapshot/diff.ts from the published snapshot JSON, deep-linkable as `?from=<id>&to=<id>`.
 */
import { historyJa } from '../../i18n/history.ja.ts';
import { diff } from '../../snapshot/diff.ts';
import { formatJst } from '../../i18n/time.ja.ts';
import { diffElement } from './diff-dom.ts';
import { snapshotLoader } from './snapshot-fetch.ts';

const t = historyJa.compare;

/** Wires the compare form found in `root`. */
export function startCompare(root: HTMLElement): void {
  const from = root.querySelector<HTMLSelectElement>('select[name="from"]')!;
  const to = root.querySelector<HTMLSelectElement>('select[name="to"]')!;
  const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
  const result = root.querySelector<HTMLElement>('[data-compare-result]')!;
  const base = root.dataset.base ?? '/';
  const schemaVersion = Number(root.dataset.schemaVersion);
  const load = snapshotLoader(base, schemaVersion);
  const option = (select: HTMLSelectElement, id: string | null) => [...select.options].find((o) => o.value === id) ?? null;
  const clusterOf = (o: HTMLOptionElement | null) => o?.dataset.cluster ?? null;
  /** Options are newest first within a cluster: the predecessor is the next option of the same cluster. */
  const predecessorOf = (o: HTMLOptionElement) => {
    const next = o.nextElementSibling as HTMLOptionElement | null;
    return next && clusterOf(next) === clusterOf(o) ? next.value : null;
  };

  /** Only options of `cluster` can be picked in `select`; keeps its value inside that cluster. */
  const restrict = (select: HTMLSelectElement, cluster: string | null) => {
    for (const o of select.options) o.disabled = clusterOf(o) !== cluster;
    if (clusterOf(select.selectedOptions[0] ?? null) !== cluster) {
      const first = [...select.options].find((o) => !o.disabled);
      if (first) select.value = first.value;
    }
  };

  let run = 0;
  const update = async () => {
    const mine = ++run;
    const fromOption = from.selectedOptions[0] ?? null;
    const toOption = to.selectedOptions[0] ?? null;
    if (!fromOption || !toOption) return;
    const url = new URL(location.href);
    url.searchParams.set('from', fromOption.value);
    url.searchParams.set('to', toOption.value);
    history.replaceState(null, '', url);
    result.replaceChildren();
    result.dataset.state = 'loading';
    if (clusterOf(fromOption) !== clusterOf(toOption)) return show(mine, t.otherCluster, 'error');
    if (fromOption.value === toOption.value) return show(mine, t.same, 'ready');
    status.textContent = t.loading;
    try {
      const previousId = predecessorOf(fromOption);
      const [before, after, beforePrevious] = await Promise.all([load(fromOption.value), load(toOption.value), previousId ? load(previousId) : null]);
      if (mine !== run) return;
      const d = diff(before, after, { beforePrevious });
      const head = document.createElement('p');
      head.className = 'compare__headline';
      head.textContent = t.headline(formatJst(before.capturedAt), formatJst(after.capturedAt), d.hours);
      result.append(head);
      if (d.hours < 0) {
        const note = document.createElement('p');
        note.textContent = t.reversed;
        result.append(note);
      }
      result.append(diffElement(d));
      show(mine, '', 'ready');
    } catch (error) {
      show(mine, t.failed((error as Error).message), 'error');
    }
  };
  const show = (mine: number, message: string, state: 'ready' | 'error') => {
    if (mine !== run) return;
    status.textContent = message;
    result.dataset.state = state;
  };

  // Deep link first, else the newest snapshot against its predecessor.
  const params = new URL(location.href).searchParams;
  const wantedTo = option(to, params.get('to')) ?? to.options[0] ?? null;
  if (wantedTo) to.value = wantedTo.value;
  const wantedFrom = option(from, params.get('from'));
  const fallbackFrom = wantedTo ? option(from, predecessorOf(wantedTo)) ?? option(from, wantedTo.value) : null;
  const chosenFrom = wantedFrom && clusterOf(wantedFrom) === clusterOf(wantedTo) ? wantedFrom : fallbackFrom;
  if (chosenFrom) from.value = chosenFrom.value;
  restrict(to, clusterOf(from.selectedOptions[0] ?? null));

  from.addEventListener('change', () => {
    restrict(to, clusterOf(from.selectedOptions[0] ?? null));
    void update();
  });
  to.addEventListener('change', () => void update());
  void update();
}
