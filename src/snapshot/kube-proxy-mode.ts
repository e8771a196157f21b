import { parse } from 'yaml';
import { isRecord } from './normalize/fields.ts';

/** kube-proxy's proxy mode on Linux when `mode` is empty or absent (KubeProxyConfiguration's documented default). */
export const DEFAULT_KUBE_PROXY_MODE = 'iptables';

/** The proxy mode kube-proxy runs in, and whether it is the default because `mode` was left empty. */
export type KubeProxyMode = { mode: string; defaulted: boolean };

/**
 * Reads `mode` from the text of the kube-proxy ConfigMap's `config.conf` (a KubeProxyConfiguration).
 * kubeadm writes `mode: ""`, which kube-proxy treats as iptables on Linux. Null when the text is not
 * a YAML mapping (then the mode is unknown, not guessed).
 */
export function kubeProxyMode(configConf: string): KubeProxyMode | null {
  let config: unknown = null;
  try {
    config = parse(configConf);
  } catch {
    // Not YAML: config stays null, not a mapping.
  }
  if (!isRecord(config)) return null;
  const mode = config.mode;
  if (mode === undefined || mode === null || mode === '') return { mode: DEFAULT_KUBE_PROXY_MODE, defaulted: true };
  return typeof mode === 'string' ? { mode, defaulted: false } : null;
}
