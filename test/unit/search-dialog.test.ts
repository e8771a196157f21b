import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/** A Search.astro without its frontmatter and its bundled `<script>` blocks: the markup and styles. */
async function markupAndStyles(path: string): Promise<string> {
  const source = await readFile(path, 'utf8');
  return source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<script>[\s\S]*?<\/script>/g, '<script />');
}

describe('the search dialog override (src/components/search/Search.astro)', () => {
  it("keeps the installed Starlight's markup and styles, so only the script that mounts Pagefind differs", async () => {
    const starlight = createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro');
    const ours = new URL('../../src/components/search/Search.astro', import.meta.url).pathname;
    expect(await markupAndStyles(ours), `${starlight} changed: copy its markup and styles into Search.astro again`).toBe(await markupAndStyles(starlight));
  });
});

describe("Starlight's own search script, which site-search.ts replaces", () => {
  it('still passes Pagefind UI the options site-search.ts carries over (a new one must be carried over too)', async () => {
    const source = await readFile(createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro'), 'utf8');
    const construction = /new PagefindUI\(\{([\s\S]*?)\n\t*\}\);/.exec(source)?.[1] ?? '';
    const keys = [...construction.matchAll(/^\s*(\.\.\.\w+|\w+)(?=[:,])/gm)].map((match) => match[1]);
    // pagefindUserConfig holds the ranking (site-search.ts: RANKING); processResult only strips trailing
    // slashes when trailingSlash is 'never', which this site does not set.
    expect(keys).toMatchInlineSnapshot(`
      [
        "...pagefindUserConfig",
        "element",
        "baseUrl",
        "bundlePath",
        "showImages",
        "translations",
        "showSubResults",
        "processResult",
      ]
    `);
  });
});
