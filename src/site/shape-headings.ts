/**
 * Headings written inside `<ForShape>` are in the page's table of contents whatever the cluster, since
 * Starlight collects headings from the MDX source. This remark plugin records each such heading with
 * the ForShape conditions around it; the route middleware (shape-toc.ts) drops the ones the page does
 * not show for the latest snapshot's cluster.
 */
import type { Nodes, Root } from 'mdast';
import { shapeIs, type ClusterShape } from '../snapshot/cluster-shape.ts';
import { parseShapeTags } from './shape.ts';

/** The frontmatter key the headings are recorded under. */
export const SHAPE_HEADINGS_KEY = 'shapeHeadings';

/** A heading inside one or more ForShape elements: its text and each element's `is` / `not`. */
export type ShapeHeading = { text: string; conditions: { is?: string; not?: string }[] };

type PageFile = { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } };
type JsxNode = { type: string; name?: string; attributes?: { name?: string; value?: unknown }[]; children?: unknown[] };

/** The remark plugin. */
export function remarkShapeHeadings() {
  return (tree: Root, file: PageFile) => {
    const found: ShapeHeading[] = [];
    const walk = (node: Nodes | JsxNode, conditions: ShapeHeading['conditions']): void => {
      const jsx = node as JsxNode;
      let inside = conditions;
      // Not an inline (text) element, which holds phrasing content only, nor a `:::ForShape` directive
      // (Starlight parses directives; theirs have a name too, and attributes as an object).
      if (jsx.type === 'mdxJsxFlowElement' && jsx.name === 'ForShape') {
        const attribute = (name: string) => jsx.attributes?.find((a) => a.name === name)?.value;
        const is = attribute('is');
        const not = attribute('not');
        inside = [...conditions, { ...(typeof is === 'string' ? { is } : {}), ...(typeof not === 'string' ? { not } : {}) }];
      }
      if (node.type === 'heading' && inside.length > 0) found.push({ text: textOf(node as Nodes), conditions: inside });
      for (const child of (jsx.children ?? []) as Nodes[]) walk(child, inside);
    };
    walk(tree, []);
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, [SHAPE_HEADINGS_KEY]: found };
  };
}

/** The texts of the recorded headings the page hides for `shape`. */
export function hiddenHeadings(recorded: readonly ShapeHeading[], shape: ClusterShape, where: string): Set<string> {
  const shown = ({ is, not }: ShapeHeading['conditions'][number]) =>
    (is === undefined || shapeIs(shape, parseShapeTags(is, where))) && (not === undefined || !shapeIs(shape, parseShapeTags(not, where)));
  return new Set(recorded.filter((heading) => !heading.conditions.every(shown)).map((heading) => heading.text));
}

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
