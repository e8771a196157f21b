import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_CRITICAL_DAYS,
  CERTIFICATE_WARNING_DAYS,
  LEASE_TRANSITIONS_HIGH,
  TROUBLESHOOTING_TOPICS,
  countBySeverity,
  findings,
  type Finding,
} from '../../src/snapshot/findings.ts';
import { describeFinding } from '../../src/i18n/findings.ja.ts';
import type { Node, Pod, Snapshot } from '../../src/snapshot/schema.ts';
import {
  buildCertificate,
  buildContainer,
  buildGap,
  buildHealth,
  buildLease,
  buildNode,
  buildPod,
  buildSealedSecret,
  buildSealedSecretsKey,
  buildSecret,
  buildSnapshot,
  buildWorkload,
  patchPod,
  seedSnapshot,
} from '../support/snapshot-builder.ts';

const DAY_BEFORE = '2026-11-23T09:30:00Z';
const onlyPod = (pod: Partial<Pod>) => buildSnapshot({ pods: [buildPod({ name: 'p', ...pod })] });
const ids = (list: Finding[]) => list.map((f) => `${f.severity} ${f.id}`);
const ofRule = (list: Finding[], rule: Finding['rule']) => list.filter((f) => f.rule === rule);

describe('findings on the seed cluster', () => {
  it('flags 392 restarts and the matching lease churn, nothing for 1, 6 and 11', () => {
    expect(ids(findings(seedSnapshot(), null))).toMatchInlineSnapshot(`
      [
        "critical restarts-high:Pod/kube-controller-manager-rpi-master-1",
        "warning lease-churn:Lease/kube-controller-manager",
      ]
    `);
  });

  it('carries the climb since the previous snapshot in the restarts-high evidence', () => {
    const before = patchPod(seedSnapshot({ capturedAt: DAY_BEFORE }), 'kube-controller-manager-rpi-master-1', { restarts: 380 });
    const [high] = ofRule(findings(seedSnapshot(), before), 'restarts-high');
    expect(high).toMatchInlineSnapshot(`
      {
        "evidence": {
          "container": "kube-controller-manager",
          "delta": 12,
          "from": 380,
          "hours": 24,
          "node": "rpi-master-1",
          "restarts": 392,
          "to": 392,
          "workload": "StaticPod kube-controller-manager-rpi-master-1",
        },
        "id": "restarts-high:Pod/kube-controller-manager-rpi-master-1",
        "rule": "restarts-high",
        "severity": "critical",
        "subject": {
          "kind": "Pod",
          "name": "kube-controller-manager-rpi-master-1",
        },
        "topic": "restarts",
      }
    `);
  });

  it('is sorted by severity, then subject', () => {
    const snapshot = seedSnapshot({ gaps: [buildGap({ resource: 'events' })], nodes: [buildNode({ name: 'a-node', ready: false })] });
    expect(findings(snapshot, null).map((f) => `${f.severity} ${f.subject.name}`)).toEqual([
      'critical a-node',
      'critical kube-controller-manager-rpi-master-1',
      'warning kube-controller-manager',
      'info gaps',
    ]);
  });
});

describe('restarts-high', () => {
  // The documented thresholds (warning from 50, critical from 200) as literal counts: a change of either threshold must fail here, not move with the constant.
  it.each([
    [0, []],
    [49, []],
    [50, ['warning restarts-high:Pod/p']],
    [51, ['warning restarts-high:Pod/p']],
    [199, ['warning restarts-high:Pod/p']],
    [200, ['critical restarts-high:Pod/p']],
    [392, ['critical restarts-high:Pod/p']],
    [11, []],
    [6, []],
  ])('%d restarts -> %j', (restarts, want) => {
    expect(ids(ofRule(findings(onlyPod({ restarts }), null), 'restarts-high'))).toEqual(want);
  });
});

describe('restarts-climbing', () => {
  const at = (restarts: number, extra: Partial<Pod> = {}, capturedAt = '2026-11-24T09:30:00Z') =>
    buildSnapshot({ capturedAt, pods: [buildPod({ name: 'p', restarts, workload: { kind: 'Deployment', name: 'd' }, ...extra })] });

  it.each([
    ['one more restart', at(3, {}, DAY_BEFORE), at(4), ['warning restarts-climbing:Pod/p']],
    ['no change', at(3, {}, DAY_BEFORE), at(3), []],
    ['counter went down (pod recreated with the same name)', at(9, {}, DAY_BEFORE), at(0), []],
    ['no previous snapshot', null, at(4), []],
    ['pod new since the previous snapshot', buildSnapshot({ capturedAt: DAY_BEFORE }), at(4), []],
    ['same name, other workload', at(1, { workload: { kind: 'StatefulSet', name: 'x' } }, DAY_BEFORE), at(4), []],
    ['already high: one restarts-high finding, no second card', at(60, {}, DAY_BEFORE), at(70), ['warning restarts-high:Pod/p']],
  ] as const)('%s', (_, previous, current, want) => {
    const list = findings(current, previous).filter((f) => f.topic === 'restarts');
    expect(ids(list)).toEqual(want);
  });

  it('gives from, to, delta and the hours between', () => {
    const [f] = findings(at(4), at(1, {}, '2026-11-24T03:30:00Z'));
    expect(f?.evidence).toMatchObject({ from: 1, to: 4, delta: 3, hours: 6 });
  });
});

describe('crashloop and not-ready', () => {
  const waiting = (reason: string) => [buildContainer({ name: 'c', state: 'waiting', reason, ready: false, restarts: 7 })];
  it.each([
    ['Running 1/1', { status: 'Running', ready: '1/1' }, []],
    ['Completed', { status: 'Completed', ready: '0/1', phase: 'Succeeded' }, []],
    ['Running 1/2', { status: 'Running', ready: '1/2' }, ['warning not-ready:Pod/p']],
    ['Pending', { status: 'Pending', ready: '0/1', phase: 'Pending' }, ['warning not-ready:Pod/p']],
    ['Init:0/1', { status: 'Init:0/1', ready: '0/1', phase: 'Pending' }, ['warning not-ready:Pod/p']],
    ['Terminating', { status: 'Terminating', ready: '1/1' }, ['warning not-ready:Pod/p']],
    ['CrashLoopBackOff status', { status: 'CrashLoopBackOff', ready: '0/1', containers: waiting('CrashLoopBackOff') }, ['critical crashloop:Pod/p']],
    ['crash-looping sidecar while READY 1/2', { status: 'Running', ready: '1/2', containers: [buildContainer(), ...waiting('CrashLoopBackOff')] }, ['critical crashloop:Pod/p']],
    ['ImagePullBackOff', { status: 'ImagePullBackOff', ready: '0/1', containers: waiting('ImagePullBackOff') }, ['warning not-ready:Pod/p']],
  ] as const)('%s -> %j', (_, pod, want) => {
    const list = findings(onlyPod(pod as Partial<Pod>), null).filter((f) => f.rule === 'crashloop' || f.rule === 'not-ready');
    expect(ids(list)).toEqual(want);
  });

  it.each([
    ['coredns', { workload: { kind: 'Deployment', name: 'coredns' } }, 'dns'],
    ['kube-proxy', { labels: { 'k8s-app': 'kube-proxy' } }, 'kube-proxy'],
    ['anything else', {}, 'not-ready'],
    ['image-pull-failing coredns', { workload: { kind: 'Deployment', name: 'coredns' }, containers: [buildContainer({ state: 'waiting', reason: 'ErrImagePull', ready: false })] }, 'image-pull'],
    ['ImagePullBackOff', { containers: [buildContainer({ state: 'waiting', reason: 'ImagePullBackOff', ready: false })] }, 'image-pull'],
  ] as const)('sends a not-ready %s pod to the %s section', (_, extra, topic) => {
    const [f] = findings(onlyPod({ status: 'Pending', ready: '0/1', ...(extra as Partial<Pod>) }), null);
    expect(f?.topic).toBe(topic);
  });
});

describe('oom-killed', () => {
  const terminated = (reason: string) => buildContainer({ name: 'c', restarts: 2, limits: { memory: '128Mi' }, lastTermination: { reason, exitCode: 137, finishedAt: '2026-11-24T08:00:00Z' } });
  it.each([
    ['OOMKilled last time', [terminated('OOMKilled')], ['warning oom-killed:Pod/p']],
    ['Error last time', [terminated('Error')], []],
    ['never terminated', [buildContainer()], []],
    ['OOMKilled right now', [buildContainer({ name: 'c', state: 'terminated', reason: 'OOMKilled', ready: false })], ['warning oom-killed:Pod/p']],
  ] as const)('%s -> %j', (_, containers, want) => {
    expect(ids(ofRule(findings(onlyPod({ containers: [...containers] }), null), 'oom-killed'))).toEqual(want);
  });

  it('names the container, its memory limit and when', () => {
    const [f] = ofRule(findings(onlyPod({ containers: [terminated('OOMKilled')], restarts: 2 }), null), 'oom-killed');
    expect(f?.evidence).toEqual({ container: 'c', restarts: 2, workload: 'Pod p', finishedAt: '2026-11-24T08:00:00Z', memoryLimit: '128Mi' });
  });
});

describe('replicas-short', () => {
  it.each([
    ['Deployment', 2, 2, []],
    ['Deployment', 2, 1, ['warning replicas-short:Deployment/w']],
    ['DaemonSet', 3, 0, ['critical replicas-short:DaemonSet/w']],
    ['StatefulSet', 1, 0, ['critical replicas-short:StatefulSet/w']],
    ['Deployment', 0, 0, []],
    ['StaticPod', 1, 0, []],
    ['CronJob', null, 0, []],
  ] as const)('%s desired %s ready %d -> %j', (kind, desired, ready, want) => {
    const snapshot = buildSnapshot({ workloads: [buildWorkload({ kind, name: 'w', desired, ready })] });
    expect(ids(findings(snapshot, null))).toEqual(want);
  });

  it('sends a short coredns to the dns section', () => {
    const snapshot = buildSnapshot({ workloads: [buildWorkload({ kind: 'Deployment', name: 'coredns', desired: 2, ready: 1 })] });
    expect(findings(snapshot, null)[0]).toMatchObject({ topic: 'dns', evidence: { desired: 2, ready: 1, missing: 1 } });
  });
});

describe('nodes', () => {
  const withCondition = (type: string, status: 'True' | 'False') => {
    const node = buildNode({ name: 'n' });
    return buildNode({ name: 'n', conditions: node.conditions.map((c) => (c.type === type ? { ...c, status } : c)) });
  };
  it.each([
    ['healthy', buildNode({ name: 'n' }), []],
    ['NotReady', buildNode({ name: 'n', ready: false }), ['critical node-not-ready:Node/n']],
    ['MemoryPressure', withCondition('MemoryPressure', 'True'), ['warning node-pressure:Node/n']],
    ['DiskPressure', withCondition('DiskPressure', 'True'), ['warning node-pressure:Node/n']],
    ['PIDPressure', withCondition('PIDPressure', 'True'), ['warning node-pressure:Node/n']],
    ['NetworkUnavailable is not a pressure', withCondition('NetworkUnavailable', 'True'), []],
  ] as const)('%s -> %j', (_, node, want) => {
    expect(ids(findings(buildSnapshot({ nodes: [node] }), null))).toEqual(want);
  });

  it('sends a NotReady node to the node NotReady procedure, pressure to the pressure one', () => {
    const topics = (node: Node) => findings(buildSnapshot({ nodes: [node] }), null).map((f) => f.topic);
    expect(topics(buildNode({ name: 'n', ready: false }))).toEqual(['node-not-ready']);
    expect(topics(withCondition('DiskPressure', 'True'))).toEqual(['node-pressure']);
  });
});

describe('lease-churn', () => {
  const leases = (transitions: number, capturedAt = '2026-11-24T09:30:00Z', gaps: Snapshot['gaps'] = []) =>
    buildSnapshot({ capturedAt, leases: [buildLease({ name: 'kube-scheduler', transitions })], gaps });
  it.each([
    ['low, no history', null, leases(3), []],
    ['high, no history', null, leases(LEASE_TRANSITIONS_HIGH), ['warning lease-churn:Lease/kube-scheduler']],
    ['just below high', null, leases(LEASE_TRANSITIONS_HIGH - 1), []],
    ['climbing', leases(3, DAY_BEFORE), leases(5), ['warning lease-churn:Lease/kube-scheduler']],
    ['steady', leases(3, DAY_BEFORE), leases(3), []],
    ['previous could not read leases', leases(0, DAY_BEFORE, [buildGap({ resource: 'leases' })]), leases(5), []],
  ] as const)('%s -> %j', (_, previous, current, want) => {
    expect(ids(findings(current, previous))).toEqual(want);
  });

  it('gives from, to, delta and hours', () => {
    expect(findings(leases(5), leases(3, DAY_BEFORE))[0]?.evidence).toEqual({ transitions: 5, from: 3, to: 5, delta: 2, hours: 24 });
  });
});

describe('sealed-secrets-key-new', () => {
  const keys = (names: string[], gaps: Snapshot['gaps'] = []) =>
    buildSnapshot({ secrets: [...names.map((n) => buildSealedSecretsKey(n, '2026-11-24T01:00:00Z')), buildSecret({ name: 'bootstrap-token-abc' })], gaps });
  it.each([
    ['key rotated: new key next to the old one', keys(['sealed-secrets-keygs4s4']), keys(['sealed-secrets-keygs4s4', 'sealed-secrets-keyq7w2z']), ['warning sealed-secrets-key-new:Secret/sealed-secrets-keyq7w2z']],
    ['same key', keys(['sealed-secrets-keygs4s4']), keys(['sealed-secrets-keygs4s4']), []],
    ['no previous snapshot', null, keys(['sealed-secrets-keygs4s4']), []],
    ['previous could not read secrets', keys([], [buildGap({ resource: 'secrets' })]), keys(['sealed-secrets-keygs4s4']), []],
    ['a new Secret without the label', keys([]), buildSnapshot({ secrets: [buildSecret({ name: 'other' })] }), []],
  ] as const)('%s -> %j', (_, previous, current, want) => {
    expect(ids(findings(current, previous))).toEqual(want);
  });
});

describe('sealed-secret-not-synced', () => {
  it.each([
    [true, []],
    [null, []],
    [false, ['warning sealed-secret-not-synced:SealedSecret/app/db']],
  ] as const)('synced %s -> %j', (synced, want) => {
    const snapshot = buildSnapshot({ sealedSecrets: [buildSealedSecret({ namespace: 'app', name: 'db', synced, message: synced === false ? 'no key could decrypt secret' : null })] });
    const list = findings(snapshot, null);
    expect(ids(list)).toEqual(want);
    expect(list.every((f) => f.topic === 'sealed-secrets-decrypt')).toBe(true);
  });
});

describe('certificate-expiring', () => {
  const at = '2026-11-24T09:30:00Z';
  const withCert = (notAfter: string | null) => buildSnapshot({ capturedAt: at, certificates: [buildCertificate({ name: 'apiserver', notAfter, missing: notAfter === null })] });
  it.each([
    ['in a year', '2027-11-24T09:30:00Z', []],
    [`in ${CERTIFICATE_WARNING_DAYS} days and a second`, '2026-12-24T09:30:01Z', []],
    [`in exactly ${CERTIFICATE_WARNING_DAYS} days`, '2026-12-24T09:30:00Z', ['warning certificate-expiring:Certificate/kubeadm/apiserver']],
    [`in ${CERTIFICATE_CRITICAL_DAYS} days and a second`, '2026-12-01T09:30:01Z', ['warning certificate-expiring:Certificate/kubeadm/apiserver']],
    [`in exactly ${CERTIFICATE_CRITICAL_DAYS} days`, '2026-12-01T09:30:00Z', ['critical certificate-expiring:Certificate/kubeadm/apiserver']],
    ['tomorrow', '2026-11-25T09:30:00Z', ['critical certificate-expiring:Certificate/kubeadm/apiserver']],
    ['last week', '2026-11-17T09:30:00Z', ['critical certificate-expiring:Certificate/kubeadm/apiserver']],
    ['missing from the disk', null, []],
  ] as const)('%s -> %j', (_, notAfter, want) => {
    expect(ids(findings(withCert(notAfter), null))).toEqual(want);
  });

  it('names the certificate, where it lives and the days left', () => {
    const [finding] = findings(withCert('2026-12-04T09:30:00Z'), null);
    expect(finding?.evidence).toEqual({ name: 'apiserver', source: 'kubeadm', location: '/etc/kubernetes/pki/apiserver.crt', notAfter: '2026-12-04T09:30:00Z', daysLeft: 10 });
  });

  it('flags the cluster CA once when both kubeadm and cluster-info know it', () => {
    const ca = buildCertificate({ name: 'ca', notAfter: '2026-12-01T00:00:00Z', isCA: true });
    const snapshot = buildSnapshot({ capturedAt: at, certificates: [ca, { ...ca, id: 'cluster-info/ca', source: 'cluster-info', location: 'kube-public/configmaps/cluster-info' }] });
    expect(ids(findings(snapshot, null))).toEqual(['critical certificate-expiring:Certificate/kubeadm/ca']);
  });

  it('leaves a self-signed kubelet certificate to its own rule', () => {
    const kubelet = buildCertificate({ id: 'kubelet/rpi-worker-1', source: 'kubelet-tls', name: 'rpi-worker-1', location: 'rpi-worker-1 192.168.1.11:10250', notAfter: '2026-12-10T00:00:00Z', selfSigned: true });
    const signed = { ...kubelet, id: 'kubelet/rpi-worker-2', name: 'rpi-worker-2', selfSigned: false };
    expect(ids(findings(buildSnapshot({ capturedAt: at, certificates: [kubelet, signed] }), null))).toEqual([
      'warning kubelet-serving-self-signed:Certificate/kubelet/rpi-worker-1',
      'warning certificate-expiring:Certificate/kubelet/rpi-worker-2',
    ]);
  });
});

describe('api-health-check-failing', () => {
  it.each([
    ['all ok', buildHealth(['etcd', 'ping']), []],
    ['etcd failing', buildHealth(['etcd', 'ping'], ['etcd']), ['critical api-health-check-failing:HealthCheck/readyz/etcd']],
    ['failed with no failing line', { ...buildHealth([]), passed: false }, ['critical api-health-check-failing:HealthCheck/readyz/(全体)']],
    ['not read', null, []],
  ] as const)('readyz %s -> %j', (_, readyz, want) => {
    expect(ids(findings(buildSnapshot({ apiHealth: { readyz, livez: null } }), null))).toEqual(want);
  });
});

describe('snapshot-gap', () => {
  it('reports every gap in one info finding, each resource with its reason', () => {
    const snapshot = buildSnapshot({
      gaps: [
        buildGap({ resource: 'events', reason: 'not-in-dump', httpStatus: undefined, message: 'no Event in the dump' }),
        buildGap({ resource: 'sealedsecrets.bitnami.com', reason: 'crd-absent', httpStatus: 404, message: 'the server could not find the requested resource' }),
      ],
    });
    const found = findings(snapshot, null);
    expect(found).toEqual([
      {
        id: 'snapshot-gap:Snapshot/gaps',
        rule: 'snapshot-gap',
        severity: 'info',
        subject: { kind: 'Snapshot', name: 'gaps' },
        topic: 'gaps',
        evidence: { count: 2, resources: 'events\tnot-in-dump\t\nsealedsecrets.bitnami.com\tcrd-absent\t404' },
      },
    ]);
    expect(describeFinding(found[0]!)).toEqual({
      title: '2 種類のリソースを読み取れなかった(その表は「不明」と表示)',
      evidence: 'events(ダンプファイルに含まれていません)、sealedsecrets.bitnami.com(CRD がインストールされていません (HTTP 404))',
    });
  });

  it('finds nothing when the snapshot read everything', () => {
    expect(findings(buildSnapshot({ gaps: [] }), null)).toEqual([]);
  });
});

describe('edge cases', () => {
  it('finds nothing in an empty namespace', () => {
    expect(findings(buildSnapshot(), buildSnapshot({ capturedAt: DAY_BEFORE }))).toEqual([]);
  });

  it('ignores a previous snapshot of another cluster', () => {
    const other = buildSnapshot({ capturedAt: DAY_BEFORE, cluster: { name: 'lab', server: null, version: null }, pods: [buildPod({ name: 'p', restarts: 1 })] });
    expect(findings(onlyPod({ restarts: 5 }), other)).toEqual([]);
  });
});

describe('topics and counts', () => {
  it('only ever links to a known troubleshooting section', () => {
    const broken = buildSnapshot({
      pods: [buildPod({ name: 'a', status: 'CrashLoopBackOff', ready: '0/1', restarts: 300 })],
      nodes: [buildNode({ ready: false })],
      gaps: [buildGap()],
    });
    const list = findings(broken, null);
    expect(list.length).toBeGreaterThan(2);
    for (const f of list) expect(TROUBLESHOOTING_TOPICS).toContain(f.topic);
    expect(countBySeverity(list)).toEqual({ critical: 3, warning: 0, info: 1 });
  });
});
