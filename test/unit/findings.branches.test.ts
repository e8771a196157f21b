/**
 * The branches of the finding rules' texts and evidence that the "every rule once" snapshot of
 * findings.ja.test.ts does not take: an OOM kill with no memory limit, a termination without a
 * reason, a not-ready pod that has a node, an expired kubeadm certificate, a kubelet's self-signed
 * certificate that is near (not past) its end, a node whose Ready condition is not its first; and
 * the schema check every finding's evidence goes through.
 */
import { describe, expect, it } from 'vitest';
import { findings, type Finding } from '../../src/snapshot/findings.ts';
import { evidenceProblems } from '../../src/snapshot/findings/rule.ts';
import { describeFinding } from '../../src/i18n/findings.ja.ts';
import { buildCertificate, buildContainer, buildNode, buildPod, buildSnapshot } from '../support/snapshot-builder.ts';

const CAPTURED_AT = '2026-11-24T09:30:00Z';
const ofRule = (list: Finding[], rule: Finding['rule']) => list.filter((f) => f.rule === rule);

describe('pod rules: texts of the less common cases', () => {
  it('says there is no memory limit for an OOM kill of a container without one, and no time when none is known', () => {
    const pod = buildPod({ name: 'p', restarts: 0, containers: [buildContainer({ name: 'c', state: 'terminated', reason: 'OOMKilled', ready: false })] });
    const [f] = ofRule(findings(buildSnapshot({ capturedAt: CAPTURED_AT, pods: [pod] }), null), 'oom-killed');
    expect(f?.evidence).toEqual({ container: 'c', restarts: 0, workload: 'Pod p' });
    expect(describeFinding(f!)).toEqual({ title: 'p がメモリ不足で強制終了された', evidence: 'コンテナ c の前回の終了が OOMKilled、メモリ上限なし、再起動 0 回' });
  });

  it('names a last termination without a reason by its exit code, as kubectl describe does', () => {
    const container = buildContainer({ name: 'c', restarts: 60, lastTermination: { reason: null, exitCode: 137, finishedAt: '2026-11-24T08:00:00Z' } });
    const pod = buildPod({ name: 'p', restarts: 60, containers: [container] });
    const [f] = ofRule(findings(buildSnapshot({ capturedAt: CAPTURED_AT, pods: [pod] }), null), 'restarts-high');
    expect(f?.evidence).toMatchObject({ container: 'c', lastReason: 'ExitCode:137', exitCode: 137 });
    expect(describeFinding(f!).evidence).toBe('再起動 60 回。コンテナ c の前回の終了: ExitCode:137(終了コード 137)');
  });

  it('names the node of a not-ready pod that has one', () => {
    const pod = buildPod({ name: 'p', status: 'Running', ready: '0/1', node: 'rpi-worker-1' });
    const [f] = ofRule(findings(buildSnapshot({ capturedAt: CAPTURED_AT, pods: [pod] }), null), 'not-ready');
    expect(describeFinding(f!)).toEqual({ title: 'p が準備完了になっていない', evidence: 'ステータス Running、準備完了 0/1、ノード rpi-worker-1' });
  });
});

describe('certificate rules: expired and near', () => {
  it('says a kubeadm certificate past its end has expired', () => {
    const certificate = buildCertificate({ name: 'apiserver', notAfter: '2026-11-20T09:30:00Z' });
    const [f] = ofRule(findings(buildSnapshot({ capturedAt: CAPTURED_AT, certificates: [certificate] }), null), 'certificate-expiring');
    expect(f?.severity).toBe('critical');
    expect(describeFinding(f!).title).toBe('証明書 apiserver の有効期限が切れている');
  });

  it("says a kubelet's self-signed certificate 10 days from its end is near it", () => {
    const certificate = buildCertificate({
      id: 'kubelet/rpi-worker-1', source: 'kubelet-tls', name: 'rpi-worker-1', location: 'rpi-worker-1 192.168.1.11:10250',
      notAfter: '2026-12-04T09:30:00Z', selfSigned: true, caName: null,
    });
    const [f] = ofRule(findings(buildSnapshot({ capturedAt: CAPTURED_AT, certificates: [certificate] }), null), 'kubelet-serving-self-signed');
    expect(f?.severity).toBe('warning');
    expect(describeFinding(f!).title).toBe('ノード rpi-worker-1 の kubelet が自己署名の証明書を使っていて、期限が近い');
  });
});

describe('node-not-ready', () => {
  it('reads the Ready condition wherever it is in the list, not the first condition', () => {
    const node = buildNode({
      name: 'rpi-worker-1',
      ready: false,
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: null, since: '2026-11-01T00:00:00Z' },
        { type: 'Ready', status: 'False', reason: 'KubeletNotReady', message: null, since: '2026-11-24T07:00:00Z' },
      ],
    });
    const [f] = ofRule(findings(buildSnapshot({ capturedAt: CAPTURED_AT, nodes: [node] }), null), 'node-not-ready');
    expect(f?.evidence).toEqual({ status: 'False', reason: 'KubeletNotReady', since: '2026-11-24T07:00:00Z' });
  });
});

describe('evidenceProblems', () => {
  const schema = { name: 'string', days: 'number', note: 'string?' } as const;

  it('finds nothing wrong with evidence that fits, an optional field left out', () => {
    expect(evidenceProblems(schema, { name: 'apiserver', days: 3 })).toEqual([]);
    expect(evidenceProblems(schema, { name: 'apiserver', days: 3, note: 'x' })).toEqual([]);
  });

  it('names a missing required field, a field of the wrong type (optional or not) and a field the schema lacks', () => {
    expect(evidenceProblems(schema, { days: '3', note: 4, extra: true })).toEqual([
      'name: missing',
      'days: expected number, received string',
      'note: expected string, received number',
      'extra: not in the schema',
    ]);
  });
});
