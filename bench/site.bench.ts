/**
 * Site cost: build time for one snapshot (only the newest shipped example), and the bytes a first
 * visit to a page downloads (HTML, CSS, JS as Chromium fetched them, service worker blocked) next to
 * a plain Starlight page of the same text, built in a throwaway site under .cache/ (not committed).
 * Goal: the live parts cost at most 10% over plain Starlight.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium.ts';
import { buildSite, projectRoot } from '../test/browser/site-build.ts';
import { serveDirectory } from '../test/browser/static-server.ts';

const PAGES = (process.env.SITE_BENCH_PAGES ?? '/,/troubleshooting/,/backup/').split(',');
type Bytes = { html: number; css: number; js: number };
const total = (b: Bytes) => b.html + b.css + b.js;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** What a first visit to `url` downloads, by kind, until the network is idle. */
async function firstVisit(browser: Browser, url: string): Promise<Bytes> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const bytes: Bytes = { html: 0, css: 0, js: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const kind = { document: 'html', stylesheet: 'css', script: 'js' }[response.request().resourceType()] as keyof Bytes | undefined;
    if (kind) pending.push(response.body().then((body) => void (bytes[kind] += body.length), () => undefined));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return bytes;
}

/** The page's text as plain Starlight Markdown: its content HTML without live attributes, code blocks back as fences. */
async function plainMarkdown(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(url);
  const { title, html, codes } = await page.evaluate(() => {
    const content = (document.querySelector('.sl-markdown-content') ?? document.querySelector('main')!).cloneNode(true) as HTMLElement;
    const codes: string[] = [];
    for (const block of content.querySelectorAll('.expressive-code')) {
      const lines = [...block.querySelectorAll('.ec-line')].map((line) => line.textContent ?? '');
      // Keep the frame title: a plain page of the same text would have it too.
      const title = block.querySelector('figcaption .title')?.textContent?.trim();
      codes.push(`${title ? ` title=${JSON.stringify(title)}` : ''}\n${lines.join('\n')}`);
      block.replaceWith(Object.assign(document.createElement('p'), { textContent: `@@CODE${codes.length - 1}@@` }));
    }
    content.querySelectorAll('script, style, link, .sl-anchor-link').forEach((el) => el.remove());
    for (const el of content.querySelectorAll('*')) for (const attr of [...el.attributes]) if (attr.name !== 'href' && attr.name !== 'id') el.removeAttribute(attr.name);
    return { title: document.querySelector('h1')?.textContent?.trim() ?? 'page', html: content.innerHTML, codes };
  });
  await page.close();
  const body = html
    .replace(/<p>@@CODE(\d+)@@<\/p>/g, (_m, i: string) => `\n\n\`\`\`bash${codes[Number(i)]}\n\`\`\`\n\n`)
    // Headings back to Markdown, so Starlight gives the plain page the same anchor links and TOC.
    .replace(/(?:<div>)?<h([2-6])(?: id="[^"]*")?>(.*?)<\/h\1>(?:<\/div>)?/g, (_m, level: string, text: string) => `\n\n${'#'.repeat(Number(level))} ${text.replace(/<[^>]+>/g, '')}\n\n`);
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`;
}

type SidebarItem = { label: string; link?: string; items?: SidebarItem[] };

/** The live site's sidebar as Starlight config, so the plain site's pages carry the same navigation. */
async function liveSidebar(browser: Browser, url: string): Promise<SidebarItem[]> {
  const page = await browser.newPage();
  await page.goto(url);
  // A string, not a function: tsx's keep-names helper (__name) does not exist in the page.
  const sidebar = (await page.evaluate(`(() => {
    const read = (list) => [...list.children].map((li) => {
      const group = li.querySelector(':scope > details');
      if (group) return { label: group.querySelector('summary').textContent.trim(), items: read(group.querySelector('ul')) };
      const a = li.querySelector('a');
      return { label: a.textContent.trim(), link: new URL(a.href).pathname };
    });
    return read(document.querySelector('nav.sidebar ul.top-level'));
  })()`)) as SidebarItem[];
  await page.close();
  return sidebar;
}

const links = (items: SidebarItem[]): string[] => items.flatMap((item) => (item.items ? links(item.items) : [item.link!]));

/** A throwaway Starlight site (lang ja) holding `pages`; inside the project so it resolves node_modules. */
async function writePlainSite(dir: string, pages: Map<string, string>, sidebar: SidebarItem[]): Promise<void> {
  await mkdir(join(dir, 'src/content/docs'), { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'plain-starlight', type: 'module', private: true, dependencies: { astro: '*', '@astrojs/starlight': '*' } }));
  await writeFile(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'kube-system ランブック', defaultLocale: 'root', locales: { root: { label: '日本語', lang: 'ja' } }, sidebar: ${JSON.stringify(sidebar)} })] });\n`);
  await writeFile(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`);
  for (const [path, markdown] of pages) {
    const file = join(dir, 'src/content/docs', path === '/' ? 'index.md' : `${path.replace(/^\/|\/$/g, '')}.md`);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, markdown);
  }
}

const work = await mkdtemp(join(tmpdir(), 'kube-runbook-site-bench-'));
await mkdir(join(projectRoot, '.cache'), { recursive: true });
const plainRoot = await mkdtemp(join(projectRoot, '.cache', 'plain-starlight-'));
const browser = await launchChromium();
try {
  const snapshots = join(work, 'snapshots');
  await mkdir(snapshots);
  const newest = (await readdir(join(projectRoot, 'snapshots'))).filter((f) => f.endsWith('.json')).sort().at(-1);
  if (newest) await copyFile(join(projectRoot, 'snapshots', newest), join(snapshots, newest));
  const started = performance.now();
  const live = await buildSite({ snapshotsDir: snapshots, outDir: join(work, 'live') });
  console.log(`build, one snapshot (${newest ?? 'none'}): ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const liveServer = await serveDirectory(live);
  // Every page of the live sidebar gets its plain twin, so both sites carry the same navigation.
  const sidebar = await liveSidebar(browser, liveServer.url);
  const markdown = new Map<string, string>();
  for (const path of new Set([...PAGES, ...links(sidebar)])) markdown.set(path, await plainMarkdown(browser, new URL(path.slice(1), liveServer.url).href));
  await writePlainSite(plainRoot, markdown, sidebar);
  const plain = await buildSite({ root: plainRoot, outDir: join(work, 'plain') });
  const plainServer = await serveDirectory(plain);

  console.log('first visit (service worker blocked)   live: HTML + CSS + JS             plain Starlight: HTML + CSS + JS   live/plain');
  for (const path of PAGES) {
    const a = await firstVisit(browser, new URL(path.slice(1), liveServer.url).href);
    const b = await firstVisit(browser, new URL(path.slice(1), plainServer.url).href);
    const row = (x: Bytes) => `${kib(total(x))} (${kib(x.html)} + ${kib(x.css)} + ${kib(x.js)})`;
    console.log(`${path.padEnd(20)} ${row(a).padEnd(48)} ${row(b).padEnd(40)} x${(total(a) / total(b)).toFixed(3)} (goal <= 1.10)`);
  }
  await liveServer.close();
  await plainServer.close();
} finally {
  await browser.close();
  await rm(work, { recursive: true, force: true });
  await rm(plainRoot, { recursive: true, force: true });
}
