import type { Connection } from './connection.ts';
import { ApiError } from './failures.ts';
import { DEFAULT_LIMITS, limitError, type Limits } from '../limits.ts';
import { getJson } from './request.ts';
import { withRetry } from './retry.ts';

/** How every request of a capture is made. */
export type RequestPolicy = {
  timeoutMs: number;
  retries: number;
  /** Body size, pages and items: a breach ends the capture with one line (RunbookError E_LIMIT). */
  limits?: Limits;
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
};

/** The largest page the API server accepts without complaint from any client (kubectl's default chunk size). */
export const MAX_PAGE_SIZE = 500;

/** What every list page has, whatever its form (a List, a Table, a PartialObjectMetadataList). */
type Page = { metadata?: { continue?: string } };

/**
 * Reads a whole list, `limit` items at a time, following `continue` to the end. A 410 on a
 * continued page means the token expired (etcd compacted past it): the list restarts from the
 * beginning, once. Each page is retried on its own by `withRetry`. A server whose `continue` never
 * ends, or whose list never stops growing, meets `limits.maxPages` / `limits.maxItems`.
 */
export async function listAll<T>(
  conn: Connection,
  path: string,
  options: RequestPolicy & { pageSize: number; query?: Record<string, string>; accept?: string },
  extract: (page: unknown) => T[],
): Promise<T[]> {
  const size = Number.isFinite(options.pageSize) ? Math.floor(options.pageSize) : MAX_PAGE_SIZE;
  const limit = String(Math.max(1, Math.min(MAX_PAGE_SIZE, size)));
  const limits = options.limits ?? DEFAULT_LIMITS;
  let restarted = false;
  let items: T[] = [];
  let token: string | undefined;
  let pages = 0;
  for (;;) {
    if (++pages > limits.maxPages) throw limitError(`the list ${path} (${pages - 1} pages so far)`, 'maxPages', limits);
    const params = new URLSearchParams({ ...options.query, limit, ...(token ? { continue: token } : {}) });
    let page: Page;
    try {
      page = (await withRetry(() => getJson(conn, `${path}?${params}`, { accept: options.accept, timeoutMs: options.timeoutMs, limits }), options)) as Page;
    } catch (error) {
      if (error instanceof ApiError && error.status === 410 && token && !restarted) {
        restarted = true;
        items = [];
        token = undefined;
        pages = 0;
        continue;
      }
      throw error;
    }
    for (const item of extract(page)) items.push(item);
    if (items.length > limits.maxItems) throw limitError(`the list ${path} (${items.length} items so far)`, 'maxItems', limits);
    token = page.metadata?.continue || undefined;
    if (!token) return items;
  }
}
