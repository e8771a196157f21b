/**
 * Types for `@pagefind/default-ui`, which ships none: the documented options of Pagefind's Default UI
 * (https://pagefind.app/docs/ui/) that the search dialog passes. Keys it does not know go on to
 * `pagefind.options()` of the JS API (ranking, …).
 */
declare module '@pagefind/default-ui' {
  export type PagefindUIOptions = {
    /** Selector of the element the UI mounts into. */
    element: string;
    /** Folder of the `pagefind.js` module the UI imports. */
    bundlePath?: string;
    /** Prefix of every result URL. */
    baseUrl?: string;
    showImages?: boolean;
    showSubResults?: boolean;
    /** UI strings by Pagefind's translation keys (`placeholder`, `zero_results`, …). */
    translations?: Record<string, string>;
  } & Record<string, unknown>;

  /** Pagefind's Default UI, mounted into `options.element` on construction. */
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
    destroy(): void;
  }
}
