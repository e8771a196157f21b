import { unread } from '../gaps.ts';
import { defineRule } from './rule.ts';

/** The label the Sealed Secrets controller puts on each of its key Secrets. */
export const SEALED_SECRETS_KEY_LABEL = 'sealedsecrets.bitnami.com/sealed-secrets-key';

/**
 * sealed-secrets-key-new: a key Secret that the previous snapshot did not have (the controller
 * rotated its key, by default every 30 days). Without a backup of it, SealedSecrets sealed from
 * now on cannot be restored after losing the cluster.
 */
export const sealedSecretsKeyNew = defineRule({
  id: 'sealed-secrets-key-new',
  label: 'Sealed Secrets の新しい鍵',
  topics: ['sealed-secrets-key'],
  evidence: { secret: 'string', createdAt: 'string' },
  find: ({ current, previous }) => {
    if (!previous || unread(previous, 'secrets') || unread(current, 'secrets')) return [];
    const known = new Set(previous.secrets.map((s) => s.name));
    return current.secrets
      .filter((s) => s.labels[SEALED_SECRETS_KEY_LABEL] !== undefined && !known.has(s.name))
      .map((s) => ({ subject: { kind: 'Secret', name: s.name }, severity: 'warning' as const, evidence: { secret: s.name, createdAt: s.createdAt } }));
  },
  text: ({ subject, evidence: e }, tools) => ({
    title: `Sealed Secrets の新しい鍵 ${subject.name} をバックアップする`,
    evidence: `前回のスナップショットになかった鍵 Secret ${e.secret}(作成 ${tools.time(e.createdAt)})。失うと、この鍵で暗号化した SealedSecret を復号できない`,
  }),
});

/** sealed-secret-not-synced: a SealedSecret the controller failed to unseal. */
export const sealedSecretNotSynced = defineRule({
  id: 'sealed-secret-not-synced',
  label: 'SealedSecret の復号失敗',
  topics: ['sealed-secrets-decrypt'],
  evidence: { namespace: 'string', name: 'string', message: 'string?' },
  find: ({ current }) =>
    current.sealedSecrets
      .filter((s) => s.synced === false)
      .map((s) => ({
        subject: { kind: 'SealedSecret', name: `${s.namespace}/${s.name}` },
        severity: 'warning' as const,
        evidence: { namespace: s.namespace, name: s.name, ...(s.message ? { message: s.message } : {}) },
      })),
  text: ({ evidence: e }) => ({
    title: `SealedSecret ${e.namespace}/${e.name} を復号できていない`,
    evidence: e.message ? `コントローラのメッセージ: 「${e.message}」` : 'コントローラが同期失敗を報告している',
  }),
});
