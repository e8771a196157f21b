// @ts-check
/**
 * Expressive Code settings shared by Markdown code blocks and the <Code> component (LiveCommand.astro).
 * One plugin: the frame's screen-reader label (ターミナルウィンドウ) is kept out of the search index, so it
 * never shows in a result's excerpt nor matches a query (issue 16).
 */
import { defineEcConfig } from '@astrojs/starlight/expressive-code';

/** Marks every `.sr-only` label of a rendered frame `data-pagefind-ignore`. */
function pagefindIgnoreFrameLabels() {
  /** @param {any} node */
  const mark = (node) => {
    if (node.type === 'element' && [node.properties?.className ?? []].flat().includes('sr-only')) node.properties['data-pagefind-ignore'] = '';
    for (const child of node.children ?? []) mark(child);
  };
  return {
    name: 'pagefind-ignore-frame-labels',
    hooks: {
      /** @param {{ renderData: { blockAst: unknown } }} context */
      postprocessRenderedBlock: ({ renderData }) => mark(renderData.blockAst),
    },
  };
}

export default defineEcConfig({ plugins: [pagefindIgnoreFrameLabels()] });
