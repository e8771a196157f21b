import { describe, expect, it } from 'vitest';
import { ALLOWED_BUILD_WARNINGS, buildWarnings, unexpectedBuildWarnings } from '../browser/build-warnings.ts';

const ESC = '\u001b';
/** Lines of a real `astro build` log (Astro 7.3, Starlight 0.42), colour codes included. */
const DIRECTIVE = `10:25:37 [WARN] [vite] ${ESC}[33m[MODULE_LEVEL_DIRECTIVE] ${ESC}[0mThe semantics of the module level directive "use astro:head-inject" in "src/content/docs/sealed-secrets.mdx?astroPropagatedAssets" may not be preserved when bundling.
   ${ESC}[38;5;246m╭${ESC}[0m${ESC}[38;5;246m─${ESC}[0m${ESC}[38;5;246m[${ESC}[0m src/content/docs/sealed-secrets.mdx?astroPropagatedAssets:2:6 ${ESC}[38;5;246m]${ESC}[0m
`;
const SITEMAP = '10:25:44 [WARN] [@astrojs/sitemap] The Sitemap integration requires the `site` astro.config option. Skipping.\n';
const MISSING_404 = '10:25:38   ├─ /404.html10:25:38 [WARN] [content] Entry docs → 404 was not found.\n (+166ms) \n';
const QUIET = '10:25:42 [build] ✓ Completed in 15.63s.\n10:25:51 [kube-runbook-offline] service worker: 90 files precached, 1991 KiB\n10:25:51 [build] Complete!\n';

describe('build warnings', () => {
  it('reads each warning as one line, without time, colour or the code frame under it', () => {
    expect(buildWarnings(DIRECTIVE + MISSING_404 + QUIET)).toEqual([
      {
        level: 'WARN',
        message: '[vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" in "src/content/docs/sealed-secrets.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      },
      { level: 'WARN', message: '[content] Entry docs → 404 was not found.' },
    ]);
  });

  it('lets a listed warning pass', () => {
    expect(unexpectedBuildWarnings(QUIET + DIRECTIVE + SITEMAP + QUIET)).toEqual([]);
  });

  it.each([
    ['a warning not on the list', MISSING_404, ['[WARN] [content] Entry docs → 404 was not found.']],
    ['a Workbox warning passed on by the offline integration', '10:25:51 [WARN] [kube-runbook-offline] index.html is 3 MB, and won\'t be precached.\n', ["[WARN] [kube-runbook-offline] index.html is 3 MB, and won't be precached."]],
    ['a listed message from another source', '10:25:37 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use client" in "node_modules/x/index.js" may not be preserved when bundling.\n', ['[WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use client" in "node_modules/x/index.js" may not be preserved when bundling.']],
    ['an error logged by a build that still succeeded', '10:25:40 [ERROR] [kube-runbook-snapshots] something broke\n', ['[ERROR] [kube-runbook-snapshots] something broke']],
    ["Node's own deprecation warning", '(node:4242) [DEP0040] DeprecationWarning: The `punycode` module is deprecated.\n', ['[WARN] [DEP0040] DeprecationWarning: The `punycode` module is deprecated.']],
  ])('fails on %s', (_, output, expected) => {
    expect(unexpectedBuildWarnings(QUIET + output + DIRECTIVE)).toEqual(expected);
  });

  it('finds nothing in a quiet build', () => {
    expect(unexpectedBuildWarnings(QUIET)).toEqual([]);
  });

  it.each(ALLOWED_BUILD_WARNINGS.map((entry) => [entry.message.source, entry] as const))('allow-list entry %s says why and links its upstream issue', (_, entry) => {
    expect(entry.reason.length).toBeGreaterThan(40);
    expect(entry.upstream).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/issues\/\d+$/);
    expect(entry.message.source).toMatch(/^\^.*\$$/);
  });
});
