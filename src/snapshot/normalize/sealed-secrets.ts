import type { KubeObject } from '../raw.ts';
import { redactText } from '../redact.ts';
import type { SealedSecret } from '../schema.ts';
import { compare, createdAt, obj, objs, str } from './fields.ts';

/** A SealedSecret: whether the controller unsealed it, and its key names (not the ciphertext). */
export function toSealedSecret(sealed: KubeObject): SealedSecret {
  const synced = objs(obj(sealed.status).conditions).find((condition) => condition.type === 'Synced');
  const status = synced?.status === 'True' ? true : synced?.status === 'False' ? false : null;
  const message = status === false ? str(synced?.message) : null;
  return {
    namespace: sealed.metadata?.namespace ?? '',
    name: sealed.metadata?.name ?? '',
    synced: status,
    // The controller's free text, redacted like node condition and event messages.
    message: message === null ? null : redactText(message),
    keys: Object.keys(obj(obj(sealed.spec).encryptedData)).sort(compare),
    createdAt: createdAt(sealed.metadata),
  };
}
