import type { KubeMetadata } from './raw.ts';
import { CLUSTER_CONFIGURATION, KUBE_PROXY_CONFIGURATION, KUBELET_CONFIGURATION } from './redact/config-allow-lists.ts';
import { redactCorefile } from './redact/corefile.ts';
import { bounded, tooLong, tooLongMarker } from './redact/limits.ts';
import { REDACTED } from './redact/marker.ts';
import { redactWords } from './redact/words-redactor.ts';
import { redactYamlConfig } from './redact/yaml-config.ts';

export { REDACTED };

/** The annotation `kubectl apply` writes: a full copy of the applied object, values included. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * Free text from the cluster (event, condition and status messages) with secrets masked: cut to
 * MAX_TEXT_LENGTH first, then one pass over its words and the whitespace runs between them (see
 * redactWords). Linear in the text.
 */
export function redactText(text: string): string {
  return redactWords(bounded(text).match(/\s+|\S+/g) ?? [], redactText).join('');
}

/** A container's command + args: flag values shown only for known-safe flags, shell lines word by word. */
export function redactArgs(args: readonly string[]): string[] {
  return redactWords(args.map((arg) => bounded(arg)), redactText);
}

/** How each allow-listed ConfigMap key's text is parsed and shown. */
const CONFIG_TEXT: Readonly<Record<string, (text: string) => string>> = {
  Corefile: redactCorefile,
  ClusterConfiguration: (text) => redactYamlConfig(text, CLUSTER_CONFIGURATION),
  kubelet: (text) => redactYamlConfig(text, KUBELET_CONFIGURATION),
  'config.conf': (text) => redactYamlConfig(text, KUBE_PROXY_CONFIGURATION),
};

/**
 * The text of an allow-listed ConfigMap key, parsed and printed through the allow-list of its format;
 * a key with no parser is one REDACTED marker, text too long to parse a marker that says so.
 */
export function redactConfigText(key: string, text: string): string {
  if (!Object.hasOwn(CONFIG_TEXT, key)) return REDACTED;
  if (tooLong(text)) return tooLongMarker(text);
  return CONFIG_TEXT[key]!(text);
}

/** The metadata without the last-applied annotation (which carries every value of the object). */
export function withoutLastApplied(metadata: KubeMetadata): KubeMetadata {
  if (!metadata.annotations || !(LAST_APPLIED in metadata.annotations)) return metadata;
  const { [LAST_APPLIED]: _dropped, ...annotations } = metadata.annotations;
  return { ...metadata, annotations };
}
