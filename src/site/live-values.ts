import type { Snapshot } from '../snapshot/schema.ts';
import { controlPlaneNodeNames } from '../snapshot/cluster-shape.ts';
import { RunbookError } from '../snapshot/errors.ts';
import { SEALED_SECRETS_KEY_LABEL } from '../snapshot/findings.ts';
import { workloadsOf } from './component-map.ts';
import { quotedAt, shellWord } from './shell-word.ts';

type ValueRule = {
  /** The value in the latest snapshot, or null when the snapshot does not know it. */
  read: (snapshot: Snapshot) => string | null;
  /** What the command shows instead when the value is unknown: a hint the reader replaces. */
  fallback: string;
};

/**
 * Every `{{name}}` a command block (or `<LiveValue name=…/>`) may use. Add a rule here, never a
 * second table elsewhere: commands in the pages and the コマンド集 page both fill from this one.
 */
export const LIVE_VALUES = {
  /** Name of the cluster as the snapshot records it. */
  clusterName: { read: (s) => s.cluster.name, fallback: '<クラスタ名>' },
  /** The namespace the snapshot was taken of (normally kube-system). */
  namespace: { read: (s) => s.namespace, fallback: 'kube-system' },
  /**
   * First control-plane node by name: where static pods, etcd and the manifests live. With several,
   * the command block names them all and says whether to run on any or on each (command-nodes.ts).
   */
  controlPlaneNode: { read: (s) => controlPlaneNodeNames(s.nodes)[0] ?? null, fallback: '<コントロールプレーンのノード名>' },
  /** The newest active sealed-secrets key pair Secret (`sealed-secrets-keyXXXXX`). */
  sealedSecretsKey: { read: (s) => activeSealedSecretsKeys(s)[0]?.name ?? null, fallback: '<sealed-secrets鍵のSecret名>' },
  /** The sealed-secrets controller's Deployment, found as its component page finds it (Helm installs name it `sealed-secrets`). */
  sealedSecretsController: {
    read: (s) => workloadsOf(s, 'sealed-secrets').find((w) => w.kind === 'Deployment')?.name ?? null,
    fallback: 'sealed-secrets-controller',
  },
  /** The namespace of the first SealedSecret, for `kubectl get sealedsecret -n …`. */
  sealedSecretNamespace: { read: (s) => s.sealedSecrets[0]?.namespace ?? null, fallback: '<namespace>' },
  /** ClusterIP of the kube-dns Service (the nameserver in every pod's resolv.conf). */
  kubeDnsIP: { read: (s) => s.services.find((svc) => svc.name === 'kube-dns')?.clusterIP ?? null, fallback: '<kube-dnsのClusterIP>' },
  /** ClusterIP of the `kubernetes` Service in `default`. */
  apiServiceIP: { read: (s) => s.apiService?.clusterIP ?? null, fallback: '<kubernetes ServiceのClusterIP>' },
  /** The API server URL the snapshot reached (or cluster-info's). */
  apiServer: { read: (s) => s.cluster.server ?? s.clusterInfo?.server ?? null, fallback: '<APIサーバーのURL>' },
} satisfies Record<string, ValueRule>;

/** A placeholder name: a key of {@link LIVE_VALUES}. */
export type LiveValueName = keyof typeof LIVE_VALUES;

/** The sealed-secrets key Secrets labelled active, newest first. */
export function activeSealedSecretsKeys(snapshot: Snapshot): Snapshot['secrets'] {
  return snapshot.secrets
    .filter((secret) => secret.labels[SEALED_SECRETS_KEY_LABEL] === 'active')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** True when `name` is a known placeholder. */
export function isLiveValueName(name: string): name is LiveValueName {
  return Object.hasOwn(LIVE_VALUES, name);
}

/** The value of one placeholder: from the snapshot when it knows it, else the rule's hint. */
export function liveValue(name: LiveValueName, snapshot: Snapshot | null): { value: string; known: boolean } {
  const rule: ValueRule = LIVE_VALUES[name];
  const value = snapshot ? rule.read(snapshot) : null;
  return value === null ? { value: rule.fallback, known: false } : { value, known: true };
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The placeholder names used in `text`, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/**
 * Replaces each `{{name}}` of `command` with its live value as one shell word (shellWord: quoted
 * only when it needs it; a value no quoting makes safe shows the rule's hint, as an unknown one
 * does). Throws, naming `where` (the page), on an unknown name or on a placeholder written inside
 * quotes, where a quoted value would not be one word.
 */
export function fillPlaceholders(command: string, snapshot: Snapshot | null, where: string): string {
  const matches = [...command.matchAll(PLACEHOLDER)];
  const quoted = quotedAt(command, matches.map((match) => match.index));
  matches.forEach((match, i) => {
    const name = match[1]!;
    if (!isLiveValueName(name)) {
      throw new RunbookError('E_INPUT', `${where}: unknown placeholder {{${name}}}; use one of ${Object.keys(LIVE_VALUES).map((key) => `{{${key}}}`).join(', ')} (src/site/live-values.ts)`);
    }
    if (quoted[i]) throw new RunbookError('E_INPUT', `${where}: {{${name}}} is inside quotes in a command; write it unquoted, its value is shell-quoted when filled`);
  });
  return command.replace(PLACEHOLDER, (_match, name: LiveValueName) => {
    const { value, known } = liveValue(name, snapshot);
    return known ? (shellWord(value) ?? LIVE_VALUES[name].fallback) : value;
  });
}
