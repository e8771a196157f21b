import { byName } from './normalize/fields.ts';
import { redactText } from './redact.ts';
import type { HealthCheck, HealthEndpoint } from './schema.ts';

/** Longest line kept: the server's text is bounded before any pattern runs on it. */
const MAX_LINE = 300;
/** Most checks kept: a real API server has about fifty. */
const MAX_CHECKS = 500;

const CHECK = /^\[([+-])\]([^\s]+) (.*)$/;

/**
 * Reads the text of `/readyz?verbose` or `/livez?verbose`: one line per check, `[+]etcd ok`,
 * `[+]etcd excluded: ok` or `[-]etcd failed: reason withheld`, then `readyz check passed` (HTTP 200)
 * or `readyz check failed` (HTTP 500). Null when the text is not in that format.
 * Format: k8s.io/apiserver/pkg/server/healthz/healthz.go (handleRootHealth).
 */
export function parseHealth(text: string, httpStatus: number): HealthEndpoint | null {
  const checks: HealthCheck[] = [];
  let verdict: boolean | null = null;
  for (const raw of text.split('\n', MAX_CHECKS + 10)) {
    const line = raw.slice(0, MAX_LINE).trim();
    const match = CHECK.exec(line);
    if (match) {
      const [, sign, name, rest] = match as unknown as [string, string, string, string];
      const ok = sign === '+';
      if (checks.length < MAX_CHECKS) {
        checks.push({ name, ok, excluded: rest.startsWith('excluded'), reason: ok ? null : redactText(rest.replace(/^failed:\s*/, '')) || null });
      }
    } else if (/ check passed$/.test(line)) verdict = true;
    else if (/ check failed$/.test(line)) verdict = false;
  }
  if (verdict === null && checks.length === 0) return null;
  const passed = verdict ?? checks.every((c) => c.ok);
  return { passed: passed && httpStatus === 200, checks: checks.sort(byName) };
}
