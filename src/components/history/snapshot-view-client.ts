/**
 * The browser-drawn view of one snapshot (history/snapshot.astro?id=<id>), for snapshots older than
 * the built pages: reads /snapshots/index.json and the JSON of the snapshot and its predecessors,
 * then draws what a built snapshot page shows with the same core code (diff.ts, findings.ts).
 */
import { historyJa } from '../../i18n/history.ja.ts';
import { formatJst } from '../../i18n/time.ja.ts';
import { diff } from '../../snapshot/diff.ts';
import { findings } from '../../snapshot/findings.ts';
import { diffElement, element } from './diff-dom.ts';
import { findingsElement, nodesElement, podsElement, servicesElement } from './snapshot-dom.ts';
import { loadSnapshotIndex, snapshotLoader } from './snapshot-fetch.ts';

const t = historyJa;

/** A link element with text. */
function link(href: string, text: string, rel?: string): HTMLAnchorElement {
  const a = element('a', text);
  a.href = href;
  if (rel) a.rel = rel;
  return a;
}

/** Draws the snapshot named by `?id=` into `root`, or says why it cannot. */
export async function startSnapshotView(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-view-status]')!;
  const result = root.querySelector<HTMLElement>('[data-view-result]')!;
  const base = root.dataset.base ?? '/';
  const load = snapshotLoader(base, Number(root.dataset.schemaVersion));
  const fail = (message: string) => {
    status.textContent = message;
    result.dataset.state = 'error';
  };

  const id = new URL(location.href).searchParams.get('id');
  if (!id) return fail(t.view.noId);
  status.textContent = t.view.loading;
  try {
    const index = await loadSnapshotIndex(base);
    const cluster = index.clusters.find((c) => c.snapshots.some((s) => s.id === id));
    if (!cluster) return fail(t.view.notFound(id));
    const list = cluster.snapshots;
    const at = list.findIndex((s) => s.id === id);
    const [snapshot, previous, beforePrevious] = await Promise.all([
      load(id),
      at > 0 ? load(list[at - 1]!.id) : null,
      at > 1 ? load(list[at - 2]!.id) : null,
    ]);
    document.title = `${t.snapshot.title(snapshot.capturedAt)} | ${document.title}`;
    root.dataset.snapshot = id;

    const nav = element('nav', undefined, 'snapshot-nav');
    nav.dataset.snapshot = id;
    nav.append(link(`${base}history/`, t.snapshot.back));
    if (at > 0) nav.append(link(list[at - 1]!.page, t.snapshot.previous, 'prev'));
    if (at < list.length - 1) nav.append(link(list[at + 1]!.page, t.snapshot.next, 'next'));
    const compare = new URLSearchParams({ from: at > 0 ? list[at - 1]!.id : id, to: id });
    nav.append(link(`${base}history/compare/?${compare}`, t.snapshot.compareHere));

    const heading = (slug: string, text: string) => Object.assign(element('h2', text), { id: slug });
    const blocks: (HTMLElement | string)[] = [nav, element('p', t.snapshot.description(cluster.key, snapshot.capturedAt), 'snapshot-view__headline')];
    blocks.push(heading('diff', t.snapshot.diffTitle));
    if (previous) {
      const changes = diff(previous, snapshot, { beforePrevious });
      blocks.push(element('p', t.snapshot.diffAgainst(previous.capturedAt)), diffElement(changes));
    } else {
      blocks.push(element('p', t.snapshot.first));
    }
    blocks.push(heading('findings', t.snapshot.findings), findingsElement(findings(snapshot, previous)));
    blocks.push(heading('pods', t.snapshot.pods), podsElement(snapshot));
    blocks.push(heading('nodes', t.snapshot.nodes), nodesElement(snapshot));
    blocks.push(heading('services', t.snapshot.services), servicesElement(snapshot));
    result.replaceChildren(...blocks);
    status.textContent = formatJst(snapshot.capturedAt);
    result.dataset.state = 'ready';
  } catch (error) {
    fail(t.view.failed((error as Error).message));
  }
}
