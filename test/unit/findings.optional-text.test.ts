/**
 * The Japanese text of findings whose optional evidence is absent: the text must still be a whole
 * sentence, with no "(理由 )" or "undefined" left where a reason, holder or address would go.
 */
import { describe, expect, it } from 'vitest';
import { findings } from '../../src/snapshot/findings.ts';
import { describeFinding } from '../../src/i18n/findings.ja.ts';
import type { Snapshot } from '../../src/snapshot/schema.ts';
import { buildHealth, buildLease, buildNode, buildSealedSecret, buildService, buildSnapshot } from '../support/snapshot-builder.ts';

const described = (snapshot: Snapshot, rule: string) =>
  findings(snapshot, null).filter((f) => f.rule === rule).map((f) => ({ evidence: f.evidence, text: describeFinding(f) }));

describe('finding texts without their optional evidence', () => {
  it('node-not-ready: a node with no Ready condition at all is Unknown; a bare False has no reason or time', () => {
    const silent = buildNode({ name: 'rpi-worker-2', ready: false, conditions: [] });
    const bare = buildNode({ name: 'rpi-worker-3', ready: false, conditions: [{ type: 'Ready', status: 'False', reason: null, message: null, since: null }] });
    expect(described(buildSnapshot({ nodes: [silent, bare] }), 'node-not-ready')).toEqual([
      { evidence: { status: 'Unknown' }, text: { title: 'ノード rpi-worker-2 が準備完了でない', evidence: 'Ready 状態が Unknown' } },
      { evidence: { status: 'False' }, text: { title: 'ノード rpi-worker-3 が準備完了でない', evidence: 'Ready 状態が False' } },
    ]);
  });

  it('service-no-endpoints: a Service without a ClusterIP and no endpoint that is not ready', () => {
    const service = buildService({ name: 'metrics', clusterIP: null, selector: { app: 'metrics' } });
    expect(described(buildSnapshot({ services: [service], serviceEndpoints: [] }), 'service-no-endpoints')).toEqual([
      { evidence: { ready: 0, notReady: 0 }, text: { title: 'Service metrics に準備完了のエンドポイントがない', evidence: '通信を受ける Pod がない' } },
    ]);
  });

  it('sealed-secret-not-synced: without a controller message', () => {
    const sealed = buildSealedSecret({ namespace: 'apps', name: 'db', synced: false, message: null });
    expect(described(buildSnapshot({ sealedSecrets: [sealed] }), 'sealed-secret-not-synced')).toEqual([
      { evidence: { namespace: 'apps', name: 'db' }, text: { title: 'SealedSecret apps/db を復号できていない', evidence: 'コントローラが同期失敗を報告している' } },
    ]);
  });

  it('lease-churn: 50 transitions, no holder, no previous snapshot', () => {
    const lease = buildLease({ name: 'kube-scheduler', holder: null, transitions: 50 });
    expect(described(buildSnapshot({ leases: [lease] }), 'lease-churn')).toEqual([
      { evidence: { transitions: 50 }, text: { title: 'リース kube-scheduler のリーダー交代が多い', evidence: 'リーダー交代 50 回' } },
    ]);
  });

  it('api-health-check-failing: a failed check without a reason', () => {
    const readyz = buildHealth(['etcd', 'ping'], ['etcd']);
    const noReason = { ...readyz, checks: readyz.checks.map((c) => ({ ...c, reason: null })) };
    expect(described(buildSnapshot({ apiHealth: { readyz: noReason, livez: null } }), 'api-health-check-failing')).toEqual([
      { evidence: { endpoint: 'readyz', check: 'etcd' }, text: { title: 'API サーバーの /readyz のチェック etcd が失敗している', evidence: '/readyz の結果が [-]etcd' } },
    ]);
  });
});
