import type { KubeMetadata } from './raw.ts';

/** What replaces a value that must not leave the cluster. */
export const REDACTED = '[redacted]';

/** The annotation `kubectl apply` writes: a full copy of the applied object, values included. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Names of flags and keys whose value is a secret. */
const SECRET_NAME = /password|passwd|token|secret|credential|api[-_]?key|private[-_]?key/i;

/** `--name=value` inside any text; the value may be quoted. */
const FLAG_EQUALS = /(--?[A-Za-z][\w.-]*)=("[^"]*"|'[^']*'|[^\s"',;]+)/g;
/** `--name value` inside one text (a shell line); the value must not look like another flag. */
const FLAG_SPACE = /(--?[A-Za-z][\w.-]*)([ \t]+)(?!-)("[^"]*"|'[^']*'|[^\s"',;]+)/g;
/** `name: value` (YAML, JSON) or `NAME=value` (env files), one line at a time. */
const KEY_VALUE = /(^|[\s{,"'])([A-Za-z_][\w.-]*)(["']?[ \t]*[:=][ \t]*)("[^"]*"|'[^']*'|[^\s"',;}]+)/gm;
/**
 * A `name`/`value` pair naming a secret in the next field: kubeadm v1beta4 `extraArgs`, env lists
 * written as YAML or JSON (`- name: oidc-client-secret` then `value: …`).
 */
const NAME_THEN_VALUE = /(\bname["']?[ \t]*:[ \t]*["']?([\w.-]+)["']?[ \t]*(?:,[ \t]*|\r?\n[ \t]*)["']?value["']?[ \t]*:[ \t]*)("[^"]*"|'[^']*'|[^\s,}]+)/g;
const VALUE_THEN_NAME = /(\bvalue["']?[ \t]*:[ \t]*)("[^"]*"|'[^']*'|[^\s,}]+)((?:,[ \t]*|\r?\n[ \t]*-?[ \t]*)["']?name["']?[ \t]*:[ \t]*["']?([\w.-]+))/g;
/** `scheme://user:password@host`. */
const URL_USERINFO = /([a-z][a-z\d+.-]*:\/\/)[^\s/@"']+@/gi;

/**
 * Whether `value` of the flag or key `name` must be hidden. Paths given to `*-file` style flags and
 * booleans are kept: `--service-account-private-key-file=/etc/kubernetes/pki/sa.key` names a file,
 * it does not hold the key, and the runbook needs to show it.
 */
function isSecretValue(name: string, value: string): boolean {
  if (!SECRET_NAME.test(name) || value === REDACTED) return false;
  const bare = value.replace(/^["']|["']$/g, '');
  if (bare === 'true' || bare === 'false' || bare === '') return false;
  return !(/(file|dir|path)$/i.test(name) && bare.startsWith('/'));
}

/** Hides secret values in free text: flags, `key: value` lines, URL credentials. */
export function redactText(text: string): string {
  return text
    .replace(URL_USERINFO, `$1${REDACTED}@`)
    .replace(FLAG_EQUALS, (all, name: string, value: string) => (isSecretValue(name, value) ? `${name}=${REDACTED}` : all))
    .replace(FLAG_SPACE, (all, name: string, space: string, value: string) => (isSecretValue(name, value) ? `${name}${space}${REDACTED}` : all))
    .replace(KEY_VALUE, (all, lead: string, name: string, sep: string, value: string) => (isSecretValue(name, value) ? `${lead}${name}${sep}${REDACTED}` : all))
    .replace(NAME_THEN_VALUE, (all, head: string, name: string, value: string) => (isSecretValue(name, value) ? `${head}${REDACTED}` : all))
    .replace(VALUE_THEN_NAME, (all, head: string, value: string, tail: string, name: string) => (isSecretValue(name, value) ? `${head}${REDACTED}${tail}` : all));
}

/**
 * A container's command + args with secret values hidden, in both `--flag=value` and
 * `--flag value` (two elements) forms, and inside shell lines such as `sh -c "… --token x"`.
 */
export function redactArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const next = args[index + 1];
    const flag = /^--?([A-Za-z][\w.-]*)$/.exec(arg);
    if (flag && next !== undefined && !next.startsWith('-') && isSecretValue(arg, next)) {
      out.push(arg, REDACTED);
      index++;
    } else {
      out.push(redactText(arg));
    }
  }
  return out;
}

/** The metadata without the last-applied annotation (which carries every value of the object). */
export function withoutLastApplied(metadata: KubeMetadata): KubeMetadata {
  if (!metadata.annotations || !(LAST_APPLIED in metadata.annotations)) return metadata;
  const { [LAST_APPLIED]: _dropped, ...annotations } = metadata.annotations;
  return { ...metadata, annotations };
}
