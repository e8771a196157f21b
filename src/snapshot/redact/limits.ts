/** Longest free text (event, condition, status message) kept; longer text is cut, then redacted. */
export const MAX_TEXT_LENGTH = 4096;
/** Longest config text (Corefile, kubeadm/kubelet/kube-proxy YAML) parsed; longer text is not shown. */
export const MAX_CONFIG_LENGTH = 65536;

/** `text` cut to `limit` characters, saying how much was dropped, so every rule after it runs on bounded input. */
export function bounded(text: string, limit = MAX_TEXT_LENGTH): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}… [${text.length - limit} characters cut]`;
}

/** Whether a config text is too long to parse: then it is shown as one marker. */
export function tooLong(text: string): boolean {
  return text.length > MAX_CONFIG_LENGTH;
}
