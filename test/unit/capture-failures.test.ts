/** The capture's failure types and message helpers, pinned value by value. */
import { describe, expect, it } from 'vitest';
import { ApiError, BadAnswerError, TransportError, isTransient, oneLine } from '../../src/snapshot/capture/failures.ts';

describe('oneLine', () => {
  it('joins lines and runs of spaces into one line, trimmed at both ends', () => {
    expect(oneLine('  pods is forbidden:\n\tUser "kube-runbook"  cannot list\n')).toBe('pods is forbidden: User "kube-runbook" cannot list');
  });

  it('keeps a line of exactly max characters; cuts a longer one to max characters ending in …', () => {
    expect(oneLine('abcdefghij', 10)).toBe('abcdefghij');
    expect(oneLine('abcdefghijk', 10)).toBe('abcdefghi…');
    expect(oneLine('abcdefghijk', 10)).toHaveLength(10);
  });

  it('cuts at 200 characters by default, counting after the spaces are joined', () => {
    expect(oneLine('x'.repeat(200))).toBe('x'.repeat(200));
    expect(oneLine(`${'x'.repeat(200)}y`)).toBe(`${'x'.repeat(199)}…`);
    expect(oneLine(`   ${'x'.repeat(200)}   `)).toBe('x'.repeat(200));
    expect(oneLine(`  ${'word '.repeat(3)}  `, 14)).toBe('word word word');
  });
});

describe('failure types', () => {
  it('name themselves for stack traces and logs', () => {
    expect(new TransportError('refused', 'connect ECONNREFUSED 192.168.1.10:6443').name).toBe('TransportError');
    expect(new ApiError(403, 'forbidden').name).toBe('ApiError');
    expect(new BadAnswerError('no Table').name).toBe('BadAnswerError');
    expect(String(new ApiError(403, 'pods is forbidden'))).toBe('ApiError: pods is forbidden');
  });

  it('keep the kind, status, Retry-After and cause they were given', () => {
    const cause = new Error('socket hang up');
    const cut = new TransportError('cut', 'response cut', { cause });
    expect([cut.kind, cut.message, cut.cause]).toEqual(['cut', 'response cut', cause]);
    expect(new ApiError(429, 'slow down', 3)).toMatchObject({ status: 429, message: 'slow down', retryAfter: 3 });
    expect(new ApiError(500, 'boom').retryAfter).toBeNull();
  });

  it.each<[string, unknown, boolean]>([
    ['429 Too Many Requests', new ApiError(429, ''), true],
    ['500', new ApiError(500, ''), true],
    ['499', new ApiError(499, ''), false],
    ['403', new ApiError(403, ''), false],
    ['a timeout', new TransportError('timeout', ''), true],
    ['a cut response', new TransportError('cut', ''), true],
    ['another transport failure', new TransportError('other', ''), true],
    ['a refused connection', new TransportError('refused', ''), false],
    ['a TLS failure', new TransportError('tls', ''), false],
    ['a bad answer', new BadAnswerError(''), false],
    ['a plain Error', new Error('x'), false],
  ])('isTransient: %s -> %s', (_case, error, transient) => {
    expect(isTransient(error)).toBe(transient);
  });
});
