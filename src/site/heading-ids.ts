/**
 * Explicit heading ids: `## 再起動が多い \{#restarts}` in MDX (the `{` escaped, since MDX reads a bare
 * `{…}` as an expression) renders `<h2 id="restarts">再起動が多い</h2>`. Links from findings
 * (`/troubleshooting/#restarts`) need ids that do not change when the Japanese wording does.
 */
import type { Heading, Parent, Root } from 'mdast';

const TRAILING_ID = /\s*\\?\{#([A-Za-z][A-Za-z0-9_-]*)\}\s*$/;

/** Splits a heading's source text into the visible text and its explicit id, if any. */
export function splitHeadingId(text: string): { text: string; id: string | null } {
  const match = TRAILING_ID.exec(text);
  return match ? { text: text.slice(0, match.index), id: match[1]! } : { text, id: null };
}

/** Remark plugin: moves a trailing `{#id}` of a heading into the heading's id. */
export function remarkHeadingIds() {
  return (tree: Root) => visitHeadings(tree);
}

function visitHeadings(parent: Parent): void {
  for (const child of parent.children) {
    if (child.type === 'heading') applyId(child);
    else if ('children' in child) visitHeadings(child);
  }
}

function applyId(heading: Heading): void {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return;
  const { text, id } = splitHeadingId(last.value);
  if (!id) return;
  last.value = text;
  // mdast-util-to-hast reads `data.hProperties`; mdast's types do not declare it.
  const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
  heading.data = { ...data, hProperties: { ...data.hProperties, id } } as Heading['data'];
}
