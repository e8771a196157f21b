import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showUnknownAlert } from '../../src/site/alerts/unknown-alert-client.ts';
import { FakeElement, installFakeDocument } from '../support/fake-dom.ts';

const OPEN_SEARCH = 'site-search button[data-open-modal]';
const SEARCH_INPUT = '#starlight__search input[type="text"]';

/** 404.astro's section: data-base, a [data-unknown-body] paragraph and a [data-unknown-search] button. */
function unknownBlock(base: string | undefined) {
  const body = new FakeElement('P');
  const button = new FakeElement('BUTTON');
  const root = new FakeElement('SECTION', { '[data-unknown-body]': body, '[data-unknown-search]': button });
  if (base !== undefined) root.dataset.base = base;
  return { root, body, button };
}

/** The site's search: its open button, and Pagefind's input once mounted (`mountInput`). */
function searchDialog() {
  const open = new FakeElement('BUTTON');
  const input = new FakeElement('INPUT');
  const page = installFakeDocument({ [OPEN_SEARCH]: open });
  return { ...page, open, input, mountInput: () => (page.bySelector[SEARCH_INPUT] = input) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('showUnknownAlert (the 404 page script)', () => {
  it("names the alert of a missing runbook page and shows the block, without opening the search yet", () => {
    const { open } = searchDialog();
    const { root, body, button } = unknownBlock('/docs/');
    showUnknownAlert(root.asHtml(), '/docs/runbooks/kubernetes/KubeFooBar/');
    expect(body.textContent).toBe('アラート「KubeFooBar」はこのサイトのアラート一覧にありません。サイト内を検索するか、アラート別ランブックの一覧から探してください。');
    expect(button.textContent).toBe('「KubeFooBar」でサイト内を検索');
    expect(root.hidden).toBe(false);
    expect(open.clicks).toBe(0);
  });

  it('leaves the block hidden on a 404 that is not an alert page, and under another base', () => {
    searchDialog();
    for (const [base, path] of [['/', '/etcd/nothing/'], ['/docs/', '/runbooks/kubernetes/KubeFooBar/']] as const) {
      const { root, body, button } = unknownBlock(base);
      showUnknownAlert(root.asHtml(), path);
      expect([root.hidden, body.textContent, button.textContent]).toEqual([true, '', '']);
    }
  });

  it('takes the site root as the base when the block carries none', () => {
    searchDialog();
    const { root, body } = unknownBlock(undefined);
    showUnknownAlert(root.asHtml(), '/runbooks/CustomAlert');
    expect([root.hidden, body.textContent]).toEqual([false, 'アラート「CustomAlert」はこのサイトのアラート一覧にありません。サイト内を検索するか、アラート別ランブックの一覧から探してください。']);
  });

  it('opens the search dialog on a click and types the name into Pagefind\'s input, which searches on the bubbling input event', () => {
    const dialog = searchDialog();
    dialog.mountInput();
    const { root, button } = unknownBlock('/');
    showUnknownAlert(root.asHtml(), '/runbooks/kubernetes/kubefoobar/');
    button.click();
    expect(dialog.open.clicks).toBe(1);
    expect(dialog.input.value).toBe('kubefoobar');
    expect(dialog.input.dispatched.map((event) => [event.type, event.bubbles])).toEqual([['input', true]]);
    expect(dialog.pendingFrames()).toBe(0);
  });

  it('waits a frame at a time for the input to mount, up to 60 frames', () => {
    const dialog = searchDialog();
    const { root, button } = unknownBlock('/');
    showUnknownAlert(root.asHtml(), '/runbooks/kubernetes/kubefoobar/');
    button.click();
    for (let frame = 1; frame < 60; frame += 1) expect(dialog.runFrame()).toBe(true);
    expect(dialog.input.value).toBe('');
    dialog.mountInput();
    expect(dialog.runFrame()).toBe(true);
    expect([dialog.input.value, dialog.input.dispatched.length, dialog.pendingFrames()]).toEqual(['kubefoobar', 1, 0]);
  });

  it('gives up after 60 frames when the input never mounts', () => {
    const dialog = searchDialog();
    const { root, button } = unknownBlock('/');
    showUnknownAlert(root.asHtml(), '/runbooks/kubernetes/kubefoobar/');
    button.click();
    let frames = 0;
    while (frames <= 1000 && dialog.runFrame()) frames += 1;
    expect(frames).toBe(60);
    dialog.mountInput();
    expect(dialog.input.value).toBe('');
  });

  it('uses the markup 404.astro and the search override render', async () => {
    const page = await readFile(new URL('../../src/pages/404.astro', import.meta.url), 'utf8');
    for (const part of ['<section data-unknown-alert data-base={sitePath(\'/\')} hidden>', '<p data-unknown-body></p>', '<button type="button" data-unknown-search></button>']) expect(page).toContain(part);
    const search = await readFile(new URL('../../src/components/search/Search.astro', import.meta.url), 'utf8');
    for (const part of ['<site-search', 'data-open-modal', '<div id="starlight__search" />']) expect(search).toContain(part);
  });
});
