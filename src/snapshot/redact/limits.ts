/** Longest free text (event, condition, status message) kept; longer text is cut, then redacted. */
export const MAX_TEXT_LENGTH = 4096;
/**
 * Longest config text (Corefile, kubeadm/kubelet/kube-proxy YAML) parsed; longer text is not shown.
 * Real ones are 1-3 KB; the YAML parser slows down more than linearly with thousands of keys.
 */
export const MAX_CONFIG_LENGTH = 16384;

/** `text` cut to `limit` characters, saying how much was dropped, so every rule after it runs on bounded input. */
export function bounded(text: string, limit = MAX_TEXT_LENGTH): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}… [${text.length - limit} characters cut]`;
}

/** Whether a config text is too long to parse. */
export function tooLong(text: string): boolean {
  return text.length > MAX_CONFIG_LENGTH;
}

/** What stands for a config text too long to parse: it says why the text is missing. */
export function tooLongMarker(text: string): string {
  return `[not shown: ${text.length} characters, more than the ${MAX_CONFIG_LENGTH} kube-runbook parses]`;
}
