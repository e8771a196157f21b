import type { KubeObject, SecretMeta } from '../raw.ts';
import { redactConfigText } from '../redact.ts';
import type { ConfigMap, Secret } from '../schema.ts';
import { compare, createdAt, obj, strings } from './fields.ts';

/**
 * The ConfigMap keys whose text the runbook shows; everything else keeps its key names only. The
 * text is parsed and shown through the allow-list of its format (redactConfigText).
 */
export const CONFIG_TEXT_ALLOW_LIST: Readonly<Record<string, readonly string[]>> = {
  coredns: ['Corefile'],
  'kube-proxy': ['config.conf'],
  'kubeadm-config': ['ClusterConfiguration'],
  'kubelet-config': ['kubelet'],
};

/** A ConfigMap: its keys, and the text of allow-listed keys. */
export function toConfigMap(configMap: KubeObject): ConfigMap {
  const name = configMap.metadata?.name ?? '';
  const data = obj(configMap.data);
  // Own keys only: a ConfigMap may be named `constructor`, which every object has.
  // Stryker disable next-line ArrayDeclaration: the mutant allow-lists one key named "Stryker was here" for unlisted ConfigMaps; only a ConfigMap with that very key could tell them apart
  const allowed = Object.hasOwn(CONFIG_TEXT_ALLOW_LIST, name) ? CONFIG_TEXT_ALLOW_LIST[name]! : [];
  const text: Record<string, string> = {};
  for (const key of allowed) {
    const value = data[key];
    if (typeof value === 'string') text[key] = redactConfigText(key, value);
  }
  return {
    name,
    keys: [...Object.keys(data), ...Object.keys(obj(configMap.binaryData))].sort(compare),
    data: text,
    createdAt: createdAt(configMap.metadata),
  };
}

/** A Secret as its metadata shows it (RawState never held its values). */
export function toSecret(secret: SecretMeta): Secret {
  return {
    name: secret.metadata.name ?? '',
    type: secret.type,
    keyCount: secret.keyCount,
    labels: strings(secret.metadata.labels),
    createdAt: createdAt(secret.metadata),
  };
}
