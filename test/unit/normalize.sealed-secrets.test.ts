import { describe, expect, it } from 'vitest';
import { toSealedSecret } from '../../src/snapshot/normalize/sealed-secrets.ts';
import type { KubeObject } from '../../src/snapshot/raw.ts';

/** A SealedSecret (bitnami.com/v1alpha1) as `kubectl get sealedsecrets -o json` lists it. */
const sealed = (conditions: Record<string, unknown>[] | null, encryptedData: Record<string, string> = { POSTGRES_USER: 'AgBy', POSTGRES_PASSWORD: 'AgCx' }): KubeObject => ({
  apiVersion: 'bitnami.com/v1alpha1', kind: 'SealedSecret',
  metadata: { name: 'database-secret', namespace: 'household-task-manager', creationTimestamp: '2026-10-02T11:05:31Z' },
  spec: { encryptedData, template: { metadata: { name: 'database-secret' } } },
  ...(conditions ? { status: { conditions, observedGeneration: 1 } } : {}),
});

describe('toSealedSecret', () => {
  it('reads an unsealed SealedSecret in full, key names sorted, never the ciphertext', () => {
    const result = toSealedSecret(sealed([{ type: 'Synced', status: 'True', lastUpdateTime: '2026-10-02T11:05:32Z' }]));
    expect(result).toEqual({
      namespace: 'household-task-manager', name: 'database-secret', synced: true, message: null,
      keys: ['POSTGRES_PASSWORD', 'POSTGRES_USER'], createdAt: '2026-10-02T11:05:31Z',
    });
    expect(JSON.stringify(result)).not.toContain('AgB');
  });

  it.each<[string, Record<string, unknown>[] | null, boolean | null, string | null]>([
    ['no status yet (the controller has not seen it): unknown', null, null, null],
    ['Synced=Unknown: unknown', [{ type: 'Synced', status: 'Unknown', message: 'pending' }], null, null],
    ['Synced=False: the controller\'s message', [{ type: 'Synced', status: 'False', message: 'no key could decrypt secret (POSTGRES_USER)' }], false, 'no key could decrypt secret (POSTGRES_USER)'],
    ['Synced=False without message', [{ type: 'Synced', status: 'False' }], false, null],
    ['Synced=True: a leftover message is not shown', [{ type: 'Synced', status: 'True', message: 'no key could decrypt secret' }], true, null],
    ['the Synced condition, not the first one', [{ type: 'Ready', status: 'False', message: 'other' }, { type: 'Synced', status: 'True' }], true, null],
  ])('%s', (_case, conditions, synced, message) => {
    const result = toSealedSecret(sealed(conditions));
    expect({ synced: result.synced, message: result.message }).toEqual({ synced, message });
  });

  it('reads a SealedSecret with nothing in it as empty texts', () => {
    expect(toSealedSecret({ kind: 'SealedSecret' })).toEqual({ namespace: '', name: '', synced: null, message: null, keys: [], createdAt: '1970-01-01T00:00:00Z' });
  });
});
