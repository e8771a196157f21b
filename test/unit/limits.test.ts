import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitError, limitsFromEnv } from '../../src/snapshot/limits.ts';
import { RunbookError } from '../../src/snapshot/errors.ts';

describe('limitsFromEnv', () => {
  it('gives the defaults when nothing is set', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toEqual({ maxBodyBytes: 64 * 1024 * 1024, maxPages: 1000, maxItems: 50_000, maxExecMs: 60_000, maxSnapshotBytes: 32 * 1024 * 1024, maxTextChars: 65_536 });
  });

  it('reads each variable, sizes in MB, the exec plugin time in seconds', () => {
    expect(limitsFromEnv({
      KUBE_RUNBOOK_MAX_BODY_MB: '256', KUBE_RUNBOOK_MAX_PAGES: '5', KUBE_RUNBOOK_MAX_ITEMS: '7', KUBE_RUNBOOK_MAX_EXEC_SECONDS: '300',
      KUBE_RUNBOOK_MAX_SNAPSHOT_MB: '100', KUBE_RUNBOOK_MAX_TEXT_CHARS: '1000000',
    })).toEqual({ maxBodyBytes: 256 * 1024 * 1024, maxPages: 5, maxItems: 7, maxExecMs: 300_000, maxSnapshotBytes: 100 * 1024 * 1024, maxTextChars: 1_000_000 });
  });

  it.each(['0', '-1', '1.5', 'lots', '1e9', ' 5'])('refuses %j in one line naming the variable', (value) => {
    let error: unknown;
    try {
      limitsFromEnv({ KUBE_RUNBOOK_MAX_PAGES: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RunbookError);
    expect((error as RunbookError).code).toBe('E_ARGS');
    expect((error as RunbookError).message).toBe(`KUBE_RUNBOOK_MAX_PAGES=${JSON.stringify(value)} is not a positive whole number; unset it for the default 1000`);
  });

  it('takes an empty variable as unset (the default)', () => {
    expect(limitsFromEnv({ KUBE_RUNBOOK_MAX_PAGES: '', KUBE_RUNBOOK_MAX_BODY_MB: '' })).toEqual(DEFAULT_LIMITS);
  });

  it('shows at most 40 characters of a refused value', () => {
    expect(() => limitsFromEnv({ KUBE_RUNBOOK_MAX_ITEMS: `1${'0'.repeat(60)}` }))
      .toThrow(`KUBE_RUNBOOK_MAX_ITEMS="1${'0'.repeat(39)}" is not a positive whole number; unset it for the default 50000`);
  });
});

describe('limitError', () => {
  it.each([
    ['maxBodyBytes', 'exceeds the limit of 64 MB (KUBE_RUNBOOK_MAX_BODY_MB); if the cluster really is that big, raise it, e.g. KUBE_RUNBOOK_MAX_BODY_MB=256'],
    ['maxPages', 'exceeds the limit of 1000 (KUBE_RUNBOOK_MAX_PAGES); if the cluster really is that big, raise it, e.g. KUBE_RUNBOOK_MAX_PAGES=4000'],
    ['maxItems', 'exceeds the limit of 50000 (KUBE_RUNBOOK_MAX_ITEMS); if the cluster really is that big, raise it, e.g. KUBE_RUNBOOK_MAX_ITEMS=200000'],
    ['maxExecMs', 'exceeds the limit of 60 s (KUBE_RUNBOOK_MAX_EXEC_SECONDS); if the cluster really is that big, raise it, e.g. KUBE_RUNBOOK_MAX_EXEC_SECONDS=240'],
    ['maxSnapshotBytes', 'exceeds the limit of 32 MB (KUBE_RUNBOOK_MAX_SNAPSHOT_MB); if the cluster really is that big, raise it, e.g. KUBE_RUNBOOK_MAX_SNAPSHOT_MB=128'],
    ['maxTextChars', 'exceeds the limit of 65536 characters (KUBE_RUNBOOK_MAX_TEXT_CHARS); if the cluster really is that big, raise it, e.g. KUBE_RUNBOOK_MAX_TEXT_CHARS=262144'],
  ] as const)('names %s in its unit, its variable and four times the limit', (key, message) => {
    const error = limitError('the thing', key, DEFAULT_LIMITS);
    expect(error).toBeInstanceOf(RunbookError);
    expect(error.code).toBe('E_LIMIT');
    expect(error.message).toBe(`the thing ${message}`);
  });

  it('shows the limit in force, not the default, and the fix it is given', () => {
    const limits = limitsFromEnv({ KUBE_RUNBOOK_MAX_BODY_MB: '3' });
    expect(limitError('the answer for /api/v1/pods', 'maxBodyBytes', limits, 'dump only the namespace').message)
      .toBe('the answer for /api/v1/pods exceeds the limit of 3 MB (KUBE_RUNBOOK_MAX_BODY_MB); dump only the namespace, e.g. KUBE_RUNBOOK_MAX_BODY_MB=12');
  });
});

describe('limitError', () => {
  it('names what, the limit in its unit and the variable, and says to raise it when the cluster really is that big', () => {
    const error = limitError('the list /api/v1/namespaces/kube-system/events (50001 items so far)', 'maxItems', DEFAULT_LIMITS);
    expect([error.code, error.message]).toEqual([
      'E_LIMIT',
      'the list /api/v1/namespaces/kube-system/events (50001 items so far) exceeds the limit of 50000 (KUBE_RUNBOOK_MAX_ITEMS); if the cluster really is that big, raise it, e.g. KUBE_RUNBOOK_MAX_ITEMS=200000',
    ]);
  });

  it('puts the given fix in place of the default one', () => {
    const error = limitError('kubelogin', 'maxExecMs', { ...DEFAULT_LIMITS, maxExecMs: 90_000 }, 'if it waits for a login, log in with it once by hand first, or raise the limit');
    expect(error.message).toBe('kubelogin exceeds the limit of 90 s (KUBE_RUNBOOK_MAX_EXEC_SECONDS); if it waits for a login, log in with it once by hand first, or raise the limit, e.g. KUBE_RUNBOOK_MAX_EXEC_SECONDS=360');
  });
});
