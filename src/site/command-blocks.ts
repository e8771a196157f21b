import { createHash } from 'node:crypto';

/** Fence languages that count as commands: they get an anchor and placeholders are filled. */
export const COMMAND_LANGS: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

/** A fenced command block as written in a page, before its placeholders are filled. */
export type CommandBlock = {
  /** The anchor id of the block on its page (`cmd-3f2a9c1b`, or `cmd-<id>` from the fence's `id=`). */
  id: string;
  lang: string;
  /** The fence's meta string (`title="…" id=etcd-backup`), as written. */
  meta: string;
  /** The `title="…"` of the fence, when it has one. */
  title: string | null;
  /** The code with its `{{placeholders}}` still in it. */
  code: string;
  /** The nearest heading above the block (its text), to group commands by topic. */
  heading: string | null;
};

/**
 * The anchor id of a command block: `cmd-<id>` when the fence says `id=<id>`, else `cmd-` and the
 * first 8 hex digits of the SHA-1 of its unfilled code, so it stays put when other blocks move.
 */
export function commandAnchor(code: string, meta: string | null | undefined): string {
  const explicit = /(?:^|\s)id=["']?([A-Za-z0-9_-]+)/.exec(meta ?? '')?.[1];
  return `cmd-${explicit ?? createHash('sha1').update(code).digest('hex').slice(0, 8)}`;
}

/** The `title="…"` of a fence meta string. */
export function fenceTitle(meta: string | null | undefined): string | null {
  return /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '')?.slice(1).find((v) => v !== undefined) ?? null;
}

const FENCE = /^(?<indent> {0,3})(?<fence>`{3,}|~{3,})(?<lang>[^\s`]*)[ \t]*(?<meta>[^\n`]*)\n(?<code>[\s\S]*?)\n\k<indent>\k<fence>[ \t]*$/gm;
const HEADING = /^#{1,6}[ \t]+(.+?)[ \t#]*$/gm;

/**
 * The command blocks of a page's source (an MDX `body`), in order, each with the heading above it.
 * This is how コマンド集 collects commands from the pages instead of keeping a second copy.
 */
export function extractCommandBlocks(source: string): CommandBlock[] {
  const fences = [...source.matchAll(FENCE)];
  // A `# comment` line inside a fence (any language) is code, not a heading.
  const inFence = (at: number) => fences.some((f) => at > f.index && at < f.index + f[0].length);
  const headings = [...source.matchAll(HEADING)]
    .filter((match) => !inFence(match.index))
    .map((match) => ({ at: match.index, text: match[1]! }));
  const blocks: CommandBlock[] = [];
  for (const match of fences) {
    const { lang = '', meta = '', code = '' } = match.groups ?? {};
    if (!COMMAND_LANGS.has(lang)) continue;
    const heading = headings.filter((h) => h.at < match.index).at(-1)?.text ?? null;
    blocks.push({ id: commandAnchor(code, meta), lang, meta: meta.trim(), title: fenceTitle(meta), code, heading });
  }
  return blocks;
}
