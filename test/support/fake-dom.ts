/**
 * A stand-in for the few DOM calls the alert pages' browser scripts make, for unit tests (no browser
 * there: Stryker runs only test/unit and test/capture). An element answers `querySelector` only for
 * the exact selectors it is given, as the real page would find nothing for any other; the browser
 * tests (test/browser/alerts.test.ts) run the same scripts against the built pages.
 */
import { vi } from 'vitest';

export class FakeElement {
  textContent = '';
  hidden = true;
  value = '';
  readonly dataset: Record<string, string> = {};
  readonly children: FakeElement[] = [];
  readonly dispatched: Event[] = [];
  clicks = 0;
  private readonly listeners: { type: string; listener: () => void }[] = [];

  constructor(
    readonly tagName: string,
    readonly bySelector: Record<string, FakeElement> = {},
  ) {}

  querySelector(selector: string): FakeElement | null {
    return this.bySelector[selector] ?? null;
  }

  append(child: FakeElement): void {
    this.children.push(child);
  }

  addEventListener(type: string, listener: () => void): void {
    this.listeners.push({ type, listener });
  }

  dispatchEvent(event: Event): boolean {
    this.dispatched.push(event);
    return true;
  }

  click(): void {
    this.clicks += 1;
    for (const { type, listener } of this.listeners) if (type === 'click') listener();
  }

  asHtml<T = HTMLElement>(): T {
    return this as unknown as T;
  }
}

/**
 * Installs a `document` whose `querySelector` answers from `bySelector` (read at each call, so a test
 * can mount an element later) and whose `createElement` makes FakeElements, and a
 * `requestAnimationFrame` that queues callbacks until `runFrame` runs the oldest. Undo with `vi.unstubAllGlobals()`.
 */
export function installFakeDocument(bySelector: Record<string, FakeElement> = {}) {
  const frames: (() => void)[] = [];
  const document = new FakeElement('#document', bySelector);
  vi.stubGlobal('document', Object.assign(document, { createElement: (tag: string) => new FakeElement(tag.toUpperCase()) }));
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  return {
    bySelector,
    /** Frames asked for and not yet run. */
    pendingFrames: () => frames.length,
    /** Runs the oldest queued frame callback; false when none is queued. */
    runFrame: (): boolean => {
      const next = frames.shift();
      next?.();
      return next !== undefined;
    },
  };
}
