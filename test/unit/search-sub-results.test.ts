import { describe, expect, it } from 'vitest';
import { aliasesOfLink, SECTION_ALIASES } from '../../src/components/search/section-aliases.ts';
import { chooseSubResults, withoutUiLabels, type SubResult } from '../../src/components/search/sub-results.ts';

const sub = (anchor: string, title: string, excerpt: string, hits: number): SubResult => ({
  url: `/troubleshooting/#${anchor}`,
  title,
  excerpt,
  locations: Array.from({ length: hits }, (_, i) => i),
});

const page = {
  url: '/troubleshooting/',
  excerpt: '<mark>ノード</mark>に入って ターミナルウィンドウ kubelet',
  sub_results: [
    { url: '/troubleshooting/', title: 'トラブルシューティング', excerpt: '', locations: [1] },
    sub('restarts', 'コンポーネントの再起動回数が多い', '<mark>ノード</mark>に入って <mark>ノード</mark>', 9),
    sub('not-ready', 'Pod が Ready にならない', 'ノード自体が <mark>NotReady</mark> のときは <mark>ノード</mark>', 2),
    sub('oom', 'メモリ不足', '<mark>ノード</mark>全体のメモリ', 7),
    sub('replicas', 'レプリカ数が足りない', 'そのノードが', 5),
    sub('node-pressure', 'ノードのメモリ・ディスクが逼迫している', '使用量を見る', 1),
  ],
};

describe('chooseSubResults', () => {
  it('links the sections showing most of the query words, in page order, the page itself first', () => {
    const chosen = chooseSubResults(page, 'ノード NotReady');
    // node-pressure shows ノード in its heading: it beats oom, which only mentions it, though with more hits.
    expect(chosen.sub_results.map((s) => s.url)).toEqual(['/troubleshooting/', '/troubleshooting/#restarts', '/troubleshooting/#not-ready', '/troubleshooting/#node-pressure']);
  });

  it('counts a word found through a section alias, and shows that alias marked first', () => {
    const chosen = chooseSubResults(page, 'ディスク いっぱい', (s) => aliasesOfLink(s.url, s.title));
    const pressure = chosen.sub_results.find((s) => s.url.endsWith('#node-pressure'));
    expect(pressure?.excerpt).toBe('<mark>ディスク いっぱい</mark> — 使用量を見る');
    expect(chosen.sub_results.map((s) => s.url)).toContain('/troubleshooting/#node-pressure');
  });

  it('splits a sentence query as Pagefind does, so the section holding its words is linked', () => {
    const chosen = chooseSubResults(page, 'ディスクがいっぱい', (s) => aliasesOfLink(s.url, s.title));
    expect(chosen.sub_results.map((s) => s.url)).toContain('/troubleshooting/#node-pressure');
  });

  it('prefers, among sections showing as many words, the one whose heading or aliases hold them', () => {
    const evicted = {
      url: '/troubleshooting/',
      excerpt: '',
      sub_results: [
        sub('image-pull', 'イメージを取得できない', 'Deployment の <mark>Pod </mark>なら待<mark>た</mark>ずに', 24),
        sub('restarts', 'コンポーネントの再起動回数が多い', 'Static <mark>Pod </mark>なので', 7),
        sub('crashloop', 'Pod が起動しない', '<mark>Pod </mark>が起動しない', 6),
        sub('node-pressure', 'ノードのメモリ・ディスクが逼迫している', 'kubelet は Pod を<mark>退避</mark>させ', 5),
      ],
    };
    const chosen = chooseSubResults(evicted, 'Pod 退避された', (s) => aliasesOfLink(s.url, s.title));
    expect(chosen.sub_results.map((s) => s.url.split('#')[1])).toEqual(['image-pull', 'crashloop', 'node-pressure']);
  });

  it('drops the code frame label from excerpts', () => {
    expect(chooseSubResults(page, 'ノード').excerpt).toBe('<mark>ノード</mark>に入って kubelet');
    expect(withoutUiLabels('a Terminal window b')).toBe('a b');
  });

  it('escapes an alias it shows', () => {
    const chosen = chooseSubResults({ url: '/x/', excerpt: '', sub_results: [sub('a', 'A', 'text', 1)] }, 'b<i>', () => ['b<i>']);
    expect(chosen.sub_results[0]?.excerpt).toBe('<mark>b&#60;i&#62;</mark> — text');
  });
});

describe('aliasesOfLink', () => {
  it('finds a section by its anchor, or by its heading text when the anchor is a slug', () => {
    expect(aliasesOfLink('/troubleshooting/#node-not-ready', 'ノードが NotReady になった(kubelet が止まっている)')).toContain('NotReady');
    expect(aliasesOfLink('/coredns/#configmap', 'ConfigMap')).toContain('Corefile');
    expect(aliasesOfLink('/#%E3%83%8E%E3%83%BC%E3%83%89', 'ノード')).toContain('ノード名');
    expect(aliasesOfLink('/etcd/#役割', '役割')).toEqual([]);
  });

  it('names only pages that exist', async () => {
    const { readdir } = await import('node:fs/promises');
    const pages = (await readdir(new URL('../../src/content/docs/', import.meta.url))).map((file) => file.replace(/\.mdx?$/, ''));
    expect(Object.keys(SECTION_ALIASES).filter((id) => !pages.includes(id))).toEqual([]);
  });
});
