import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showAlertLabels } from '../../src/site/alerts/alert-labels-client.ts';
import { labelTargets } from '../../src/site/alerts/label-targets.ts';
import { FakeElement, installFakeDocument } from '../support/fake-dom.ts';
import { seedSnapshot } from '../support/snapshot-builder.ts';

/** AlertLabels.astro's section: the targets in data-targets, a [data-captured] span and an empty list. */
function labelsBlock(targets: unknown) {
  const list = new FakeElement('UL');
  const captured = new FakeElement('SPAN');
  const root = new FakeElement('SECTION', { ul: list, '[data-captured]': captured });
  if (targets !== undefined) root.dataset.targets = JSON.stringify(targets);
  return { root, list, captured };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('showAlertLabels (the alert page script)', () => {
  it('lists one item per label that names an object, says when the snapshot was taken, and shows the block', () => {
    installFakeDocument();
    const { root, list, captured } = labelsBlock(labelTargets(seedSnapshot()));
    showAlertLabels(root.asHtml(), new URLSearchParams('namespace=kube-system&deployment=coredns&node=rpi-worker-1&severity=warning'));
    expect(list.children.map((item) => [item.tagName, item.textContent])).toEqual([
      ['LI', 'Deployment coredns: 準備完了 2 / 指定 2'],
      ['LI', 'ノード rpi-worker-1: Ready'],
    ]);
    expect(captured.textContent).toBe('(スナップショット取得: 2026-11-24T09:30:00Z)');
    expect(root.hidden).toBe(false);
  });

  it('leaves the block hidden and empty when the link names no object', () => {
    installFakeDocument();
    const { root, list, captured } = labelsBlock(labelTargets(seedSnapshot()));
    showAlertLabels(root.asHtml(), new URLSearchParams('alertname=KubePodCrashLooping&severity=warning'));
    expect([root.hidden, list.children, captured.textContent]).toEqual([true, [], '']);
  });

  it('leaves the block hidden when the page carries no snapshot facts', () => {
    installFakeDocument();
    for (const targets of [undefined, null]) {
      const { root, list } = labelsBlock(targets);
      showAlertLabels(root.asHtml(), new URLSearchParams('deployment=coredns'));
      expect([root.hidden, list.children]).toEqual([true, []]);
    }
  });

  it('uses the markup AlertLabels.astro renders', async () => {
    const markup = await readFile(new URL('../../src/site/alerts/AlertLabels.astro', import.meta.url), 'utf8');
    for (const part of ['data-targets=', '<span data-captured />', '<ul />', ' hidden ']) expect(markup).toContain(part);
  });
});
