/**
 * The warnings `astro build` of this site may print, each with why it is accepted and where upstream
 * tracks it. The browser tests' build (site-build.ts) fails on any other warning: a new one is read,
 * then fixed at its cause or added here with its reason and link.
 */

/** A warning the build may print: its message (after `[WARN] `), why it is accepted, and the upstream issue. */
export type AllowedWarning = { message: RegExp; reason: string; upstream: string };

/** Every accepted build warning. Keep it short: each entry is a debt with an owner upstream. */
export const ALLOWED_BUILD_WARNINGS: readonly AllowedWarning[] = [
  {
    // One per MDX page (15 today).
    message: /^\[vite\] \[MODULE_LEVEL_DIRECTIVE\] The semantics of the module level directive "use astro:head-inject" in "src\/content\/docs\/[\w-]+\.mdx\?astroPropagatedAssets" may not be preserved when bundling\.$/,
    reason: "Astro writes this head-propagation marker into every MDX page's propagated-assets module and Rolldown warns on any directive it does not know; no code of this project is involved",
    upstream: 'https://github.com/withastro/astro/issues/18087',
  },
  {
    message: /^\[@astrojs\/sitemap\] The Sitemap integration requires the `site` astro\.config option\. Skipping\.$/,
    reason: 'Starlight always adds @astrojs/sitemap (there is no opt-out); without SITE_URL, the default build (README), there is no URL to write a sitemap for, so skipping it is right',
    upstream: 'https://github.com/withastro/starlight/issues/717',
  },
];

// Astro colours parts of some messages even when its output is a pipe.
const ANSI = /\u001b\[[0-9;]*m/g;
// Astro's logger: `10:25:37 [WARN] [label] message`; a line may start mid-way (after a route's progress).
const LOGGED = /\[(WARN|ERROR)\] (.*)$/gm;
// Node's own: `(node:1234) [DEP0040] DeprecationWarning: …`.
const NODE = /\(node:\d+\) ((?:\[\w+\] )?\w*Warning: .*)$/gm;

/** A warning (or logged error) of a build's output: its level and its message without time or colour. */
export type BuildWarning = { level: 'WARN' | 'ERROR'; message: string };

/** Every warning and logged error in a build's output, in order of kind (Astro's logger, then Node's). */
export function buildWarnings(output: string): BuildWarning[] {
  const text = output.replace(ANSI, '');
  return [
    ...[...text.matchAll(LOGGED)].map((m) => ({ level: m[1] as BuildWarning['level'], message: m[2]!.trim() })),
    ...[...text.matchAll(NODE)].map((m) => ({ level: 'WARN' as const, message: m[1]!.trim() })),
  ];
}

/** The warnings of `output` that no entry of `allowed` accepts (a logged error never is), as `[WARN] message` lines. */
export function unexpectedBuildWarnings(output: string, allowed: readonly AllowedWarning[] = ALLOWED_BUILD_WARNINGS): string[] {
  return buildWarnings(output)
    .filter(({ level, message }) => level === 'ERROR' || !allowed.some((entry) => entry.message.test(message)))
    .map(({ level, message }) => `[${level}] ${message}`);
}
