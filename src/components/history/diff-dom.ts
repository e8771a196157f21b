/**
 * The browser's twin of DiffView.astro: the same markup, built with createElement and textContent
 * only (snapshot text is data, never HTML).
 */
import { changeLine, historyJa } from '../../i18n/history.ja.ts';
import { describeDiff } from '../../i18n/diff.ja.ts';
import type { SnapshotDiff } from '../../snapshot/diff.ts';

/** A new element with its text set as text (never parsed as HTML) and its class. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A `.diff-view` element for `diff`, as DiffView.astro renders it. */
export function diffElement(diff: SnapshotDiff): HTMLElement {
  const root = element('div', undefined, 'diff-view');
  root.dataset.from = diff.from;
  root.dataset.to = diff.to;
  root.append(element('p', changeLine(diff), 'diff-view__summary'));
  const sections = describeDiff(diff);
  if (sections.length === 0) root.append(element('p', historyJa.compare.none));
  for (const section of sections) {
    const block = element('section', undefined, 'diff-view__section');
    block.dataset.diffSection = section.id;
    const list = element('ul');
    for (const entry of section.entries) list.append(element('li', entry));
    block.append(element('h3', section.title), list);
    root.append(block);
  }
  return root;
}
