// @ts-check
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { remarkLiveValues } from './src/site/remark-live-values.ts';
import { remarkHeadingIds } from './src/site/heading-ids.ts';
import { remarkShapeHeadings } from './src/site/shape-headings.ts';
import { remarkSectionAliases } from './src/components/search/remark-section-aliases.ts';
import { offlineServiceWorker } from './src/site/offline/integration.ts';
import { snapshotsDir } from './src/site/snapshots-dir.ts';

const docsDir = fileURLToPath(new URL('./src/content/docs/', import.meta.url));

/**
 * The seed runbook's order: the home page, then groups of slugs. A page that is not written yet is
 * left out instead of failing the build, so each page's author adds the MDX file and the sidebar follows.
 */
const groups = [
  { label: 'コントロールプレーン', slugs: ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'] },
  { label: 'アドオン', slugs: ['coredns', 'kube-proxy', 'sealed-secrets'] },
  { label: '設定', slugs: ['configmaps-secrets', 'static-pods'] },
  { label: '運用', slugs: ['monitoring', 'certificates', 'troubleshooting', 'backup', 'security', 'commands'] },
];

/** @param {string} slug */
const pageExists = (slug) => ['mdx', 'md'].some((ext) => existsSync(`${docsDir}${slug}.${ext}`));

const sidebar = [
  { label: '概要', link: '/' },
  ...groups
    .map(({ label, slugs }) => ({ label, items: slugs.filter(pageExists) }))
    .filter(({ items }) => items.length > 0),
  // Snapshot history, comparisons and restart trends: src/pages/history/.
  { label: '履歴', link: '/history/' },
];

// The snapshot folder the pages read (src/site/live.ts), `$SNAPSHOTS_DIR` else snapshots/, resolved
// against this project. Set in the build's own process, not compiled into the pages: two builds of
// one project at once share its prerender bundle.
process.env.KUBE_RUNBOOK_SNAPSHOTS_DIR = snapshotsDir(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  // Where the site is served, for canonical links and the sitemap; unset, neither is written.
  site: process.env.SITE_URL || undefined,
  markdown: {
    // remark plugins need the unified processor (Astro 7's default, satteri, runs none).
    processor: unified({ remarkPlugins: [remarkHeadingIds, remarkSectionAliases, remarkLiveValues, remarkShapeHeadings] }),
  },
  integrations: [
    starlight({
      title: 'kube-system ランブック',
      description: 'kube-system ネームスペースの運用手順書。表と警告は最新のスナップショットから生成。',
      defaultLocale: 'root',
      locales: { root: { label: '日本語', lang: 'ja' } },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/live.css', './src/components/search/search.css', './src/styles/print.css'],
      components: {
        // The offline indicator sits in the Banner slot of every page.
        Banner: './src/components/offline/Banner.astro',
        // Starlight's search dialog, its Pagefind UI on Pagefind's API with relaxed multi-word search.
        Search: './src/components/search/Search.astro',
      },
      sidebar,
      pagefind: true,
      // Search filter (種類: 解説 / コマンド) and keyword aliases on every page: see src/components/search/.
      routeMiddleware: ['./src/components/search/route-data.ts', './src/site/shape-toc.ts'],
      lastUpdated: false,
      // src/pages/404.astro renders the 404 page (Starlight's route would look up a docs entry named 404).
      disable404Route: true,
    }),
    // After Starlight: its astro:build:done hook writes pagefind/, which the service worker precaches.
    offlineServiceWorker(),
  ],
});
