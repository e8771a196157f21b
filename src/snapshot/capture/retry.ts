import { ApiError, isTransient } from './failures.ts';

/** Backoff before retry `attempt` (0-based): 250 ms doubling, capped at 4 s, or Retry-After up to 10 s. */
function backoffMs(attempt: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfter !== null) return Math.min(error.retryAfter * 1000, 10_000);
  return Math.min(250 * 2 ** attempt, 4_000);
}

/** Runs `fn`, retrying throttling, server errors and lost connections at most `retries` times. */
export async function withRetry<T>(fn: () => Promise<T>, options: { retries: number; onRetry?: (error: unknown, attempt: number, waitMs: number) => void }): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= options.retries || !isTransient(error)) throw error;
      const waitMs = backoffMs(attempt, error);
      options.onRetry?.(error, attempt + 1, waitMs);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
