import { unread } from '../gaps.ts';
import { finding, type Finding, type RuleInput } from './types.ts';

/** The label the Sealed Secrets controller puts on each of its key Secrets. */
export const SEALED_SECRETS_KEY_LABEL = 'sealedsecrets.bitnami.com/sealed-secrets-key';

/**
 * sealed-secrets-key-new: a key Secret that the previous snapshot did not have (the controller
 * rotated its key, by default every 30 days). Without a backup of it, SealedSecrets sealed from
 * now on cannot be restored after losing the cluster.
 */
export function sealedSecretsKeyFindings({ current, previous }: RuleInput): Finding[] {
  if (!previous || unread(previous, 'secrets') || unread(current, 'secrets')) return [];
  const known = new Set(previous.secrets.map((s) => s.name));
  return current.secrets
    .filter((s) => s.labels[SEALED_SECRETS_KEY_LABEL] !== undefined && !known.has(s.name))
    .map((s) => finding('sealed-secrets-key-new', 'warning', { kind: 'Secret', name: s.name }, 'sealed-secrets-key', { secret: s.name, createdAt: s.createdAt }));
}

/** sealed-secret-not-synced: a SealedSecret the controller failed to unseal. */
export function sealedSecretFindings({ current }: RuleInput): Finding[] {
  return current.sealedSecrets
    .filter((s) => s.synced === false)
    .map((s) => {
      const evidence: Finding['evidence'] = { namespace: s.namespace, name: s.name };
      if (s.message) evidence.message = s.message;
      return finding('sealed-secret-not-synced', 'warning', { kind: 'SealedSecret', name: `${s.namespace}/${s.name}` }, 'sealed-secrets-decrypt', evidence);
    });
}
