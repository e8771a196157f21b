import { parseHealth } from '../api-health.ts';
import type { HealthEndpoint } from '../schema.ts';
import type { Connection } from './connection.ts';
import { ApiError, BadAnswerError } from './failures.ts';
import type { RequestPolicy } from './paging.ts';
import { getText, statusMessage } from './request.ts';
import { withRetry } from './retry.ts';

/**
 * Reads `/readyz?verbose` or `/livez?verbose`. HTTP 500 with the check list is an answer (a check
 * failed), not an error; any other status, or text not in that format, throws for the caller's gap.
 */
export async function readHealth(conn: Connection, path: string, policy: RequestPolicy): Promise<HealthEndpoint> {
  const answer = await withRetry(async () => {
    const got = await getText(conn, path, { accept: 'text/plain', timeoutMs: policy.timeoutMs });
    // 500 carries the check list; other statuses are errors, retried like any read's.
    if (got.status !== 200 && got.status !== 500) throw new ApiError(got.status, statusMessage(got.text, got.status), got.retryAfter);
    return got;
  }, policy);
  const health = parseHealth(answer.text, answer.status);
  if (health) return health;
  if (answer.status !== 200) throw new ApiError(answer.status, statusMessage(answer.text, answer.status), answer.retryAfter);
  throw new BadAnswerError(`${path.split('?')[0]} answered text that is not a list of [+]/[-] checks`);
}
