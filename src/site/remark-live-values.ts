/**
 * Remark plugin: turns each command block of an MDX page into a live command and records the
 * page's command blocks for コマンド集.
 *
 * CONTRACT for pages (and for the コマンド集 page, which is generated from them):
 * - A command is a fenced block whose language is one of COMMAND_LANGS (`bash`, `sh`, `shell`,
 *   `console`, `zsh`) in any MDX page of src/content/docs/, wherever it sits (list item, blockquote,
 *   indented, ``` or ~~~ fences). Write it once, in the page where it belongs.
 * - `{{name}}` inside it is replaced when the page renders with the value from `getLive()`'s latest
 *   snapshot, `name` being a key of LIVE_VALUES in src/site/live-values.ts (`{{sealedSecretsKey}}`,
 *   `{{controlPlaneNode}}`, `{{kubeDnsIP}}`, …). When the snapshot does not know the value, the
 *   rule's hint (`<sealed-secrets鍵のSecret名>`) is shown. An unknown name stops the build.
 * - A block with `{{controlPlaneNode}}` says in its fence where it runs when the cluster has several
 *   control-plane nodes: `nodes=any` (one of them will do) or `nodes=each` (the node concerned);
 *   without it the build stops (src/site/command-nodes.ts).
 * - Each block renders as `<div class="command-block" id="cmd-…" data-command-block>` around
 *   Expressive Code (highlighting, copy button of the filled command, `title="…"` in the meta); the
 *   id is `commandAnchor(code, meta)`: `cmd-<id>` if the fence meta has `id=<id>` (use it for
 *   commands other pages link to), else `cmd-<sha1 of the unfilled code, 8 hex>`.
 * - To list commands elsewhere: `commandBlocksOf((await render(entry)).remarkPluginFrontmatter)`
 *   (src/site/command-blocks.ts) gives the blocks this plugin found (id, lang, title, heading,
 *   unfilled code); render each with `LiveCommand.astro` and link to `/<entry.id>/#<block.id>`.
 *   Never copy a command by hand.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root, RootContent } from 'mdast';
import { RunbookError } from '../snapshot/errors.ts';
import { COMMAND_BLOCKS_KEY, findCommandBlocks, type CommandBlock } from './command-blocks.ts';
import { nodeScope } from './command-nodes.ts';
import { fillPlaceholders } from './live-values.ts';

/** The component that renders one command block (imported into every page that has one). */
const LIVE_COMMAND = { name: '__LiveCommand__', path: fileURLToPath(new URL('./commands/LiveCommand.astro', import.meta.url)) };

/** The part of a unified VFile this plugin uses: Astro keeps the page's frontmatter in `data.astro`. */
type PageFile = { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } };

/** The plugin; see the contract above. */
export function remarkLiveValues() {
  return (tree: Root, file: PageFile) => {
    const found = findCommandBlocks(tree);
    const where = file.path ? relative(process.cwd(), file.path) : 'a page';
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, [COMMAND_BLOCKS_KEY]: found.map(({ block }) => block) };
    if (found.length === 0) return;
    if (!where.endsWith('.mdx')) throw new RunbookError('E_INPUT', `${where}: command blocks need an MDX page to fill their {{placeholders}}; rename it to .mdx`);
    // An unknown `{{name}}` is a typo in the page: filling without a snapshot throws for it while compiling, naming the page.
    for (const { block } of found) {
      fillPlaceholders(block.code, null, where);
      nodeScope(block.code, block.meta, where);
    }
    // One node for one: the other blocks' indexes stay valid in any order.
    for (const { block, parent, index } of found) parent.children.splice(index, 1, liveCommandElement(block, where));
    tree.children.unshift(importLiveCommand());
  };
}

/** `<__LiveCommand__ id code lang meta where />` in MDX's tree (mdast-util-mdx-jsx). */
function liveCommandElement(block: CommandBlock, where: string): RootContent {
  const props = { id: block.id, code: block.code, lang: block.lang, meta: block.meta, where };
  return {
    type: 'mdxJsxFlowElement',
    name: LIVE_COMMAND.name,
    attributes: Object.entries(props).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
    children: [],
  } as unknown as RootContent;
}

/** `import __LiveCommand__ from '…/LiveCommand.astro'` as the ESTree MDX compiles (mdast-util-mdxjs-esm). */
function importLiveCommand(): RootContent {
  const declaration = {
    type: 'ImportDeclaration',
    specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: LIVE_COMMAND.name } }],
    source: { type: 'Literal', value: LIVE_COMMAND.path, raw: JSON.stringify(LIVE_COMMAND.path) },
    attributes: [],
  };
  return { type: 'mdxjsEsm', value: '', data: { estree: { type: 'Program', sourceType: 'module', body: [declaration] } } } as unknown as RootContent;
}
