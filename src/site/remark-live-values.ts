/**
 * Remark plugin: fills live values into command blocks and gives each one an anchor.
 *
 * CONTRACT for pages (and for the コマンド集 page, which is generated from them):
 * - A command is a fenced block whose language is one of COMMAND_LANGS (`bash`, `sh`, `shell`,
 *   `console`, `zsh`) in any page of src/content/docs/. Write it once, in the page where it belongs.
 * - `{{name}}` inside it is replaced at build time with the value from the latest snapshot, `name`
 *   being a key of LIVE_VALUES in src/site/live-values.ts (`{{sealedSecretsKey}}`,
 *   `{{controlPlaneNode}}`, `{{kubeDnsIP}}`, …). When the snapshot does not know the value, the
 *   rule's hint (`<sealed-secrets鍵のSecret名>`) is shown. An unknown name stops the build.
 * - Each block is wrapped in `<div class="command-block" id="cmd-…" data-command-block>`; the id is
 *   `commandAnchor(code, meta)` from src/site/command-blocks.ts: `cmd-<id>` if the fence meta has
 *   `id=<id>` (use it for commands other pages link to), else `cmd-<sha1 of the unfilled code, 8 hex>`.
 * - Expressive Code still renders the block (highlighting, copy button, `title="…"` in the meta).
 * - To list commands elsewhere: `getCollection('docs')`, `extractCommandBlocks(entry.body)` for the
 *   raw blocks (id, lang, title, heading, code with placeholders), `fillPlaceholders(code, latest,
 *   where)` for the text, and link to `/<entry.id>/#<block.id>`. Never copy a command by hand.
 *
 * The latest snapshot is read once per process with the same readStore + pickLatest as the pages.
 */
import { fileURLToPath } from 'node:url';
import type { Code, Parent, Root, RootContent } from 'mdast';
import { readStore } from '../snapshot/store.ts';
import type { Snapshot } from '../snapshot/schema.ts';
import { COMMAND_LANGS, commandAnchor } from './command-blocks.ts';
import { fillPlaceholders } from './live-values.ts';
import { pickLatest } from './pick-latest.ts';
import { snapshotsDir } from './snapshots-dir.ts';

const latestByDir = new Map<string, Promise<Snapshot | null>>();

function latestSnapshot(dir: string): Promise<Snapshot | null> {
  let latest = latestByDir.get(dir);
  if (!latest) {
    latest = readStore(dir).then((contents) => pickLatest(contents.snapshots.map((entry) => entry.snapshot)).latest);
    latestByDir.set(dir, latest);
  }
  return latest;
}

/** Options: `root` is the project root that `snapshots/` (or a relative `$SNAPSHOTS_DIR`) is in. */
export type RemarkLiveValuesOptions = { root?: string | URL };

/** The plugin; see the contract above. */
export function remarkLiveValues(options: RemarkLiveValuesOptions = {}) {
  const root = options.root instanceof URL ? fileURLToPath(options.root) : (options.root ?? process.cwd());
  return async (tree: Root, file: { path?: string }) => {
    const blocks: { parent: Parent; index: number; node: Code }[] = [];
    collect(tree, blocks);
    if (blocks.length === 0) return;
    const snapshot = await latestSnapshot(snapshotsDir(root));
    // Replace from the end so earlier indexes stay valid.
    for (const { parent, index, node } of blocks.reverse()) {
      const id = commandAnchor(node.value, node.meta);
      node.value = fillPlaceholders(node.value, snapshot, file.path ?? 'a page');
      const wrapper = {
        type: 'commandBlock',
        data: { hName: 'div', hProperties: { id, className: ['command-block'], dataCommandBlock: '' } },
        children: [node],
      } as unknown as RootContent;
      parent.children.splice(index, 1, wrapper);
    }
  };
}

function collect(parent: Parent, out: { parent: Parent; index: number; node: Code }[]): void {
  parent.children.forEach((child, index) => {
    if (child.type === 'code' && COMMAND_LANGS.has(child.lang ?? '')) out.push({ parent, index, node: child });
    else if ('children' in child) collect(child, out);
  });
}
