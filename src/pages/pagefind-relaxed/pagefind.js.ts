/** /pagefind-relaxed/pagefind.js: the search dialog's Pagefind API, src/components/search/relaxed-pagefind.ts as JavaScript. */
import ts from 'typescript';
import source from '../../components/search/relaxed-pagefind.ts?raw';

/**
 * The module's text with its types stripped. A plain transpile, not a bundle: the file imports no
 * values, and `verbatimModuleSyntax` keeps every import that is not `import type`, so a value import
 * added by mistake fails in the browser and in test/unit/relaxed-search.test.ts instead of vanishing.
 */
export function relaxedPagefindScript(): string {
  const { outputText } = ts.transpileModule(source, {
    fileName: 'relaxed-pagefind.ts',
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, removeComments: true },
  });
  return outputText;
}

export function GET(): Response {
  return new Response(relaxedPagefindScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
