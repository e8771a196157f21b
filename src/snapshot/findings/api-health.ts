import { gapFor } from '../gaps.ts';
import type { HealthEndpoint } from '../schema.ts';
import { defineRule } from './rule.ts';

const ENDPOINTS = ['readyz', 'livez'] as const;

/** The failing checks of an endpoint; a failed verdict with no failing line counts as one check named `(全体)`. */
function failing(endpoint: HealthEndpoint): { name: string; reason: string | null }[] {
  const bad = endpoint.checks.filter((c) => !c.ok);
  if (bad.length > 0) return bad;
  return endpoint.passed ? [] : [{ name: '(全体)', reason: null }];
}

/**
 * api-health-check-failing: a named check of the API server's `/readyz` or `/livez` failed when
 * the snapshot was taken (critical: a failing livez check gets the API server restarted, a failing
 * readyz check takes it out of the load balancer). Unread endpoints say nothing.
 */
export const apiHealthCheckFailing = defineRule({
  id: 'api-health-check-failing',
  label: 'API サーバーのヘルスチェック失敗',
  topics: ['api-health'],
  evidence: { endpoint: 'string', check: 'string', reason: 'string?' },
  find: ({ current }) =>
    ENDPOINTS.flatMap((name) => {
      const endpoint = current.apiHealth[name];
      if (!endpoint || gapFor(current, name)) return [];
      return failing(endpoint).map((check) => ({
        subject: { kind: 'HealthCheck', name: `${name}/${check.name}` },
        severity: 'critical' as const,
        evidence: { endpoint: name, check: check.name, ...(check.reason ? { reason: check.reason } : {}) },
      }));
    }),
  text: ({ evidence: e }) => ({
    title: `API サーバーの /${e.endpoint} のチェック ${e.check} が失敗している`,
    evidence: `/${e.endpoint} の結果が [-]${e.check}${e.reason ? `(${e.reason})` : ''}`,
  }),
});
