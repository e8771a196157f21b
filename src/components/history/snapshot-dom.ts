/**
 * The browser-drawn snapshot view's blocks (snapshot-view-client.ts): findings, pods, nodes and
 * services of one snapshot, built with createElement and textContent only (cluster text is data).
 */
import { describeFinding, SEVERITY_LABELS } from '../../i18n/findings.ja.ts';
import { historyJa } from '../../i18n/history.ja.ts';
import { ja } from '../../i18n/ja.ts';
import type { Finding } from '../../snapshot/findings.ts';
import { gapFor } from '../../snapshot/gaps.ts';
import { gapName, type GapKey } from '../../snapshot/resources.ts';
import type { Snapshot } from '../../snapshot/schema.ts';
import { troubleshootingHref } from '../../site/paths.ts';
import { portText } from '../../site/service-view.ts';
import { element } from './diff-dom.ts';

/** A table with one header row and one row per item; `cells` gives each row's text. */
function table<T>(className: string, headers: string[], items: readonly T[], cells: (item: T) => string[]): HTMLElement {
  const head = element('tr');
  for (const header of headers) head.append(Object.assign(element('th', header), { scope: 'col' }));
  const body = element('tbody');
  for (const item of items) {
    const row = element('tr');
    for (const cell of cells(item)) row.append(element('td', cell));
    body.append(row);
  }
  const thead = element('thead');
  thead.append(head);
  const tableElement = element('table', undefined, `live-table ${className}`);
  tableElement.append(thead, body);
  // As TableScroll.astro: a focusable box, so a wide table scrolls with the keyboard.
  const scroll = element('div', undefined, 'table-scroll');
  scroll.tabIndex = 0;
  scroll.append(tableElement);
  return scroll;
}

/** 不明 and why, as Unknown.astro says it, when the snapshot could not read `resource`; else null. */
export function unknownElement(snapshot: Snapshot, resource: GapKey): HTMLElement | null {
  const gap = gapFor(snapshot, resource);
  if (!gap) return null;
  const block = element('p', undefined, 'live-unknown');
  block.dataset.unknown = gapName(resource);
  block.append(element('strong', `❓ ${ja.unknown}`), ` — ${ja.gaps.because(`${ja.gaps.reason(gap)}: ${gap.message}`)}`);
  return block;
}

/** The snapshot's findings: severity as icon + word, title, evidence, link to the troubleshooting section. */
export function findingsElement(list: readonly Finding[]): HTMLElement {
  const t = ja.findings;
  if (list.length === 0) return element('p', `✅ ${t.none}`, 'findings__none');
  const ul = element('ul', undefined, 'findings__list');
  for (const finding of list) {
    const text = describeFinding(finding);
    const li = element('li', undefined, `finding finding--${finding.severity}`);
    li.dataset.finding = finding.id;
    const head = element('p', `${t.icons[finding.severity]} ${SEVERITY_LABELS[finding.severity]} `, 'finding__head');
    head.append(element('strong', text.title, 'finding__title'));
    const link = element('a', `${t.howTo} →`);
    link.href = troubleshootingHref(finding.topic);
    const linkLine = element('p', undefined, 'finding__link');
    linkLine.append(link);
    li.append(head, element('p', `${t.evidence}: ${text.evidence}`, 'finding__evidence'), linkLine);
    ul.append(li);
  }
  return ul;
}

/** Every pod of the snapshot: name, node, STATUS, READY, restarts. */
export function podsElement(snapshot: Snapshot): HTMLElement {
  const t = ja.podTable;
  if (snapshot.pods.length === 0) return element('p', t.noPods);
  return table('snapshot-pods', [t.pod, t.node, t.podStatus, t.ready, t.podRestarts], snapshot.pods, (pod) => [
    pod.name, pod.node ?? t.unscheduled, pod.status, pod.ready, String(pod.restarts),
  ]);
}

/** The cluster's nodes: name, roles, Ready, kubelet, internal IP; 不明 when they were not read. */
export function nodesElement(snapshot: Snapshot): HTMLElement {
  const t = ja.nodes;
  const unknown = unknownElement(snapshot, 'nodes');
  if (unknown) return unknown;
  if (snapshot.nodes.length === 0) return element('p', t.none);
  return table('snapshot-nodes', [t.name, t.roles, t.status, t.version, t.ip], snapshot.nodes, (node) => [
    node.name,
    node.roles.length > 0 ? node.roles.join(', ') : t.noRole,
    [node.ready ? t.ready : t.notReady, ...(node.unschedulable ? [t.unschedulable] : [])].join(', '),
    node.kubeletVersion,
    node.internalIP ?? historyJa.table.unknown,
  ]);
}

/** The namespace's Services: name, type, ClusterIP, ports; 不明 when they were not read. */
export function servicesElement(snapshot: Snapshot): HTMLElement {
  const t = ja.services;
  const unknown = unknownElement(snapshot, 'services');
  if (unknown) return unknown;
  if (snapshot.services.length === 0) return element('p', t.none);
  return table('snapshot-services', [t.name, t.type, t.clusterIP, t.ports], snapshot.services, (service) => [
    service.name, service.type, service.clusterIP ?? ja.none, service.ports.map(portText).join(', '),
  ]);
}
