/**
 * withRetry's waits (documented in capture/retry.ts): 250 ms doubling up to 4 s, or the server's
 * Retry-After up to 10 s. Fake timers measure the wait itself, not only what onRetry reports, and
 * never depend on the machine's speed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, TransportError } from '../../src/snapshot/capture/failures.ts';
import { withRetry } from '../../src/snapshot/capture/retry.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A call that throws `errors` one per attempt, then answers 'ok'; counts its attempts. */
function flaky(errors: unknown[]) {
  const calls = { count: 0 };
  const fn = async () => {
    const error = errors[calls.count++];
    if (error !== undefined) throw error;
    return 'ok';
  };
  return { fn, calls };
}

/** Runs withRetry and returns the waits onRetry reported, with the result once every retry is done. */
async function waits(errors: unknown[], retries = 10): Promise<{ waits: number[]; result: string }> {
  const reported: number[] = [];
  const run = withRetry(flaky(errors).fn, { retries, onRetry: (_error, _attempt, waitMs) => reported.push(waitMs) });
  await vi.runAllTimersAsync();
  return { waits: reported, result: await run };
}

describe('withRetry', () => {
  it('backs off 250 ms doubling, capped at 4 s', async () => {
    const errors = Array.from({ length: 7 }, () => new ApiError(503, 'unavailable'));
    expect(await waits(errors)).toEqual({ waits: [250, 500, 1_000, 2_000, 4_000, 4_000, 4_000], result: 'ok' });
  });

  it.each([
    ['waits the seconds it asks for', 3, 3_000],
    ['no wait when it says 0', 0, 0],
    ['waits at most 10 s', 60, 10_000],
  ])('honours Retry-After: %s', async (_name, retryAfter, waitMs) => {
    expect(await waits([new ApiError(429, 'slow down', retryAfter)])).toEqual({ waits: [waitMs], result: 'ok' });
  });

  it('waits the Retry-After time before calling again, not less', async () => {
    const { fn, calls } = flaky([new ApiError(429, 'slow down', 3)]);
    const run = withRetry(fn, { retries: 2 });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(calls.count).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.count).toBe(2);
    expect(await run).toBe('ok');
  });

  it('waits the backoff before calling again when there is no Retry-After', async () => {
    const { fn, calls } = flaky([new ApiError(500, 'boom'), new TransportError('cut', 'socket hang up')]);
    const run = withRetry(fn, { retries: 2 });
    await vi.advanceTimersByTimeAsync(249);
    expect(calls.count).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.count).toBe(2);
    await vi.advanceTimersByTimeAsync(499);
    expect(calls.count).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.count).toBe(3);
    expect(await run).toBe('ok');
  });

  it('reports each retry with its 1-based attempt and the error', async () => {
    const first = new ApiError(500, 'boom');
    const second = new TransportError('timeout', 'timed out');
    const seen: [unknown, number, number][] = [];
    const run = withRetry(flaky([first, second]).fn, { retries: 2, onRetry: (error, attempt, waitMs) => seen.push([error, attempt, waitMs]) });
    await vi.runAllTimersAsync();
    expect(await run).toBe('ok');
    expect(seen).toEqual([[first, 1, 250], [second, 2, 500]]);
  });

  it('gives up after `retries` retries with the last error', async () => {
    const errors = [new ApiError(503, 'a'), new ApiError(503, 'b'), new ApiError(503, 'c'), new ApiError(503, 'd')];
    const { fn, calls } = flaky(errors);
    const run = withRetry(fn, { retries: 2 }).then(() => null, (error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await run).toBe(errors[2]);
    expect(calls.count).toBe(3);
  });

  it.each([
    ['a 404', new ApiError(404, 'not found')],
    ['a 403', new ApiError(403, 'forbidden')],
    ['a refused connection', new TransportError('refused', 'ECONNREFUSED')],
    ['a bug', new TypeError('x is undefined')],
  ])('does not retry %s', async (_name, error) => {
    const { fn, calls } = flaky([error]);
    await expect(withRetry(fn, { retries: 3 })).rejects.toBe(error);
    expect(calls.count).toBe(1);
  });

  it.each([
    ['429', new ApiError(429, 'throttled')],
    ['500', new ApiError(500, 'boom')],
    ['a timeout', new TransportError('timeout', 'timed out')],
    ['a connection cut mid-body', new TransportError('cut', 'aborted')],
    ['another transport failure', new TransportError('other', 'EPIPE')],
  ])('retries %s', async (_name, error) => {
    expect(await waits([error], 1)).toEqual({ waits: [250], result: 'ok' });
  });
});
