/** /pagefind-relaxed/pagefind.js: the search dialog's Pagefind API, src/components/search/relaxed-pagefind.ts as JavaScript. */
import ts from 'typescript';
import querySource from '../../components/search/query.ts?raw';
import source from '../../components/search/relaxed-pagefind.ts?raw';

/** relaxed-pagefind.ts's one value import: query.ts, inlined in its place. */
const QUERY_IMPORT = /^import \{[^}]*\} from '\.\/query\.ts';$/m;

const transpile = (text: string, fileName: string) =>
  ts.transpileModule(text, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, removeComments: true },
  }).outputText;

/**
 * The module's text with its types stripped and query.ts inlined. A plain transpile, not a bundle:
 * `verbatimModuleSyntax` keeps every import that is not `import type`, so a value import added by
 * mistake (other than query.ts) fails in the browser and in test/unit/relaxed-search.test.ts instead of vanishing.
 */
export function relaxedPagefindScript(): string {
  if (!QUERY_IMPORT.test(source)) throw new Error('src/components/search/relaxed-pagefind.ts: expected `import { … } from \'./query.ts\';` on a line of its own, to inline query.ts there');
  return `${transpile(querySource, 'query.ts')}\n${transpile(source.replace(QUERY_IMPORT, ''), 'relaxed-pagefind.ts')}`;
}

export function GET(): Response {
  return new Response(relaxedPagefindScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
