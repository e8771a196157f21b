import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file of a built site, as paths relative to `dir` with `/` separators, sorted. */
export async function listSiteFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** URL paths of every HTML page of a built site (`/`, `/backup/`, `/404.html`), sorted. */
export async function listSitePages(dir: string): Promise<string[]> {
  return (await listSiteFiles(dir))
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`));
}
