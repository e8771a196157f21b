import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/snapshot/normalize.ts';
import { RunbookError } from '../../src/snapshot/errors.ts';
import { EVENT_LIMIT } from '../../src/snapshot/normalize/events.ts';
import type { KubeObject, RawState } from '../../src/snapshot/raw.ts';
import { REDACTED } from '../../src/snapshot/redact.ts';
import { stableJson } from '../../src/snapshot/store.ts';
import { controller, rawState, runningPod, seedRaw } from '../fixtures/raw-state.ts';

describe('normalize: the seed cluster', () => {
  it('gives the pods kubectl columns and top-most owners', async () => {
    const snapshot = normalize(await seedRaw('2026-11-24T09:30:00Z'));
    expect(snapshot.pods.map((pod) => `${pod.name} ${pod.status} ${pod.ready} ${pod.restarts} ${pod.node} ${pod.workload.kind}/${pod.workload.name}`)).toMatchInlineSnapshot(`
      [
        "coredns-7c65d6cfc9-4xk2p Running 1/1 0 rpi-master-1 Deployment/coredns",
        "coredns-7c65d6cfc9-9lqzt Running 1/1 0 rpi-worker-1 Deployment/coredns",
        "etcd-rpi-master-1 Running 1/1 1 rpi-master-1 StaticPod/etcd-rpi-master-1",
        "kube-apiserver-rpi-master-1 Running 1/1 11 rpi-master-1 StaticPod/kube-apiserver-rpi-master-1",
        "kube-controller-manager-rpi-master-1 Running 1/1 392 rpi-master-1 StaticPod/kube-controller-manager-rpi-master-1",
        "kube-proxy-7mfwd Running 1/1 0 rpi-master-1 DaemonSet/kube-proxy",
        "kube-proxy-b8x2n Running 1/1 0 rpi-worker-1 DaemonSet/kube-proxy",
        "kube-proxy-qk4tz Running 1/1 0 rpi-worker-2 DaemonSet/kube-proxy",
        "kube-scheduler-rpi-master-1 Running 1/1 6 rpi-master-1 StaticPod/kube-scheduler-rpi-master-1",
        "sealed-secrets-controller-5c6c8d7d8f-q2w9m Running 1/1 0 rpi-worker-2 Deployment/sealed-secrets-controller",
      ]
    `);
  });

  it('has one workload row per top-most owner, with the seed table replica counts', async () => {
    const snapshot = normalize(await seedRaw('2026-11-24T09:30:00Z'));
    expect(snapshot.workloads.map((row) => `${row.kind} ${row.name} ${row.ready}/${row.desired} restarts=${row.restarts} pods=${row.pods.length} ${row.images.join(',')}`)).toMatchInlineSnapshot(`
      [
        "Deployment coredns 2/2 restarts=0 pods=2 registry.k8s.io/coredns/coredns:v1.11.3",
        "StaticPod etcd-rpi-master-1 1/1 restarts=1 pods=1 registry.k8s.io/etcd:3.5.15-0",
        "StaticPod kube-apiserver-rpi-master-1 1/1 restarts=11 pods=1 registry.k8s.io/kube-apiserver:v1.31.2",
        "StaticPod kube-controller-manager-rpi-master-1 1/1 restarts=392 pods=1 registry.k8s.io/kube-controller-manager:v1.31.2",
        "DaemonSet kube-proxy 3/3 restarts=0 pods=3 registry.k8s.io/kube-proxy:v1.31.2",
        "StaticPod kube-scheduler-rpi-master-1 1/1 restarts=6 pods=1 registry.k8s.io/kube-scheduler:v1.31.2",
        "Deployment sealed-secrets-controller 1/1 restarts=0 pods=1 docker.io/bitnami/sealed-secrets-controller:0.27.1",
      ]
    `);
  });

  it('shows the controller-manager climbing from 380 to 392 restarts a day apart', async () => {
    const [before, after] = [normalize(await seedRaw('2026-11-23T09:30:00Z')), normalize(await seedRaw('2026-11-24T09:30:00Z'))];
    const cm = (snapshot: typeof before) => snapshot.pods.find((pod) => pod.name === 'kube-controller-manager-rpi-master-1')!;
    expect([cm(before).restarts, cm(after).restarts]).toEqual([380, 392]);
    expect(cm(after).containers[0]!.lastTermination).toEqual({ reason: 'Error', exitCode: 1, finishedAt: '2026-11-24T09:11:07Z' });
    expect(cm(after).lastRestartAt).toBe('2026-11-24T09:11:07Z');
    const lease = (snapshot: typeof before) => snapshot.leases.find((entry) => entry.name === 'kube-controller-manager')!.transitions;
    expect(lease(after) - lease(before)).toBe(12);
  });

  it('reads nodes, services, the API service, cluster-info, cluster name and version', async () => {
    const snapshot = normalize(await seedRaw());
    expect(snapshot.nodes.map((node) => `${node.name} roles=${node.roles.join(',')} ready=${node.ready} ${node.architecture} ${node.kubeletVersion} ${node.internalIP} taints=${node.taints.join(',')}`)).toMatchInlineSnapshot(`
      [
        "rpi-master-1 roles=control-plane ready=true arm64 v1.31.2 192.168.1.100 taints=node-role.kubernetes.io/control-plane:NoSchedule",
        "rpi-worker-1 roles= ready=true arm64 v1.31.2 192.168.1.101 taints=",
        "rpi-worker-2 roles= ready=true arm64 v1.31.2 192.168.1.102 taints=",
      ]
    `);
    expect(snapshot.services.map((service) => `${service.name} ${service.clusterIP} ${service.ports.map((port) => `${port.port}/${port.protocol}`).join(',')}`)).toMatchInlineSnapshot(`
      [
        "kube-dns 10.96.0.10 53/UDP,53/TCP,9153/TCP",
        "sealed-secrets-controller 10.96.240.246 8080/TCP",
        "sealed-secrets-controller-metrics 10.103.186.200 8081/TCP",
      ]
    `);
    expect(snapshot.apiService?.clusterIP).toBe('10.96.0.1');
    expect(snapshot.clusterInfo).toMatchInlineSnapshot(`
      {
        "caNotAfter": "2036-11-22T17:46:20Z",
        "caSubject": "CN=kubernetes",
        "server": "https://192.168.1.100:6443",
      }
    `);
    expect(snapshot.cluster).toMatchInlineSnapshot(`
      {
        "name": "rpi-cluster",
        "server": "https://192.168.1.100:6443",
        "version": "v1.31.2",
      }
    `);
    expect(snapshot.gaps).toEqual([]);
  });

  it('keeps secrets as metadata and sealed secrets with their sync state', async () => {
    const snapshot = normalize(await seedRaw());
    expect(snapshot.secrets).toMatchInlineSnapshot(`
      [
        {
          "createdAt": "2026-10-02T11:05:31Z",
          "keyCount": 2,
          "labels": {
            "sealedsecrets.bitnami.com/sealed-secrets-key": "active",
          },
          "name": "sealed-secrets-keygs4s4",
          "type": "kubernetes.io/tls",
        },
      ]
    `);
    expect(snapshot.sealedSecrets.map((sealed) => `${sealed.namespace}/${sealed.name} synced=${sealed.synced} ${sealed.keys.join(',')}`)).toMatchInlineSnapshot(`
      [
        "household-task-manager/backend-secret synced=true DATABASE_URL,JWT_SECRET",
        "household-task-manager/database-secret synced=true POSTGRES_DB,POSTGRES_PASSWORD,POSTGRES_USER",
      ]
    `);
  });

  it('is deterministic whatever the input order', async () => {
    const raw = await seedRaw();
    const reversed = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? [...value].reverse() : value])) as typeof raw;
    expect(stableJson(normalize(reversed))).toBe(stableJson(normalize(raw)));
  });
});

describe('normalize: ConfigMaps', () => {
  const configMap = (name: string, data: Record<string, string>): KubeObject => ({ kind: 'ConfigMap', metadata: { name, creationTimestamp: '2026-10-01T02:13:44Z' }, data });

  it.each([
    ['coredns', 'Corefile', true],
    ['kube-proxy', 'config.conf', true],
    ['kube-proxy', 'kubeconfig.conf', false],
    ['kubeadm-config', 'ClusterConfiguration', true],
    ['kubelet-config', 'kubelet', true],
    ['extension-apiserver-authentication', 'client-ca-file', false],
    ['my-app', 'Corefile', false],
    // Real ConfigMap names that are also properties of every object.
    ['constructor', 'Corefile', false],
    ['__proto__', 'Corefile', false],
  ])('%s/%s text kept: %s', (name, key, kept) => {
    const text = key === 'Corefile' ? '.:53 {\n    errors\n}\n' : 'kind: X\n';
    const [normalized] = normalize(rawState({ configMaps: [configMap(name, { [key]: text, other: 'x' })] })).configMaps;
    expect(normalized!.keys).toEqual([key, 'other'].sort());
    expect(normalized!.data).toEqual(kept ? { [key]: text } : {});
  });

  it('shows allow-listed text through the allow-list of its format', () => {
    const [normalized] = normalize(rawState({ configMaps: [configMap('kubelet-config', { kubelet: 'maxPods: 110\n# started with --token=abc\nstaticPodURLHeader: {Authorization: [Bearer abc]}\n' })] })).configMaps;
    expect(normalized!.data.kubelet).toBe(`maxPods: 110\nstaticPodURLHeader: "${REDACTED}"\n`);
  });
});

describe('normalize: SealedSecrets', () => {
  it.each([
    ['True', null, { synced: true, message: null }],
    ['False', 'no key could decrypt secret (password)', { synced: false, message: 'no key could decrypt secret (password)' }],
    ['False', 'webhook said: failed with --token=abc123', { synced: false, message: `webhook said: failed with --token=${REDACTED}` }],
  ])('Synced=%s, message %j', (status, message, expected) => {
    const sealed: KubeObject = { kind: 'SealedSecret', metadata: { name: 's', namespace: 'apps' }, spec: { encryptedData: { password: 'AgB' } }, status: { conditions: [{ type: 'Synced', status, ...(message ? { message } : {}) }] } };
    const [normalized] = normalize(rawState({ sealedSecrets: [sealed] })).sealedSecrets;
    expect({ synced: normalized!.synced, message: normalized!.message }).toEqual(expected);
  });
});

describe('normalize: events', () => {
  const core = (name: string, type: string, lastTimestamp: string, extra: Record<string, unknown> = {}): KubeObject => ({
    apiVersion: 'v1', kind: 'Event', type, reason: `R-${name}`, message: `m ${name}`, count: 2,
    metadata: { name, uid: `uid-${name}` }, involvedObject: { kind: 'Pod', name: 'p' },
    firstTimestamp: '2026-11-24T08:00:00Z', lastTimestamp, source: { component: 'kubelet' }, ...extra,
  });

  it('keeps Warning events only, newest first', () => {
    const events = normalize(rawState({ events: [
      core('old', 'Warning', '2026-11-24T08:00:00Z'),
      core('normal', 'Normal', '2026-11-24T09:00:00Z'),
      core('new', 'Warning', '2026-11-24T09:10:00Z'),
    ] })).events;
    expect(events.map((event) => event.reason)).toEqual(['R-new', 'R-old']);
  });

  it('reads events.k8s.io/v1 events and keeps an event served by both APIs once', () => {
    const modern: KubeObject = {
      apiVersion: 'events.k8s.io/v1', kind: 'Event', type: 'Warning', reason: 'BackOff', note: 'Back-off restarting failed container',
      metadata: { name: 'e', uid: 'uid-shared' }, regarding: { kind: 'Pod', name: 'kube-controller-manager-rpi-master-1' },
      eventTime: '2026-11-24T09:11:08.123456Z', series: { count: 7, lastObservedTime: '2026-11-24T09:20:00.000001Z' }, reportingController: 'kubelet',
    };
    const events = normalize(rawState({ events: [modern, core('shared', 'Warning', '2026-11-24T09:20:00Z', { metadata: { name: 'e', uid: 'uid-shared' } })] })).events;
    expect(events).toMatchInlineSnapshot(`
      [
        {
          "count": 7,
          "firstSeen": "2026-11-24T09:11:08.123Z",
          "lastSeen": "2026-11-24T09:20:00Z",
          "message": "Back-off restarting failed container",
          "object": {
            "kind": "Pod",
            "name": "kube-controller-manager-rpi-master-1",
          },
          "reason": "BackOff",
          "source": "kubelet",
          "type": "Warning",
        },
      ]
    `);
  });

  it(`keeps at most ${EVENT_LIMIT}`, () => {
    const many = Array.from({ length: EVENT_LIMIT + 5 }, (_, index) => core(`e${index}`, 'Warning', new Date(Date.UTC(2026, 10, 24, 0, 0, index)).toISOString()));
    const events = normalize(rawState({ events: many })).events;
    expect(events).toHaveLength(EVENT_LIMIT);
    expect(events[0]!.reason).toBe(`R-e${EVENT_LIMIT + 4}`);
  });
});

describe('normalize: workloads', () => {
  it('makes rows for CronJobs, standalone Jobs, DaemonSets and owners missing from the state', () => {
    const raw = rawState({
      cronJobs: [controller('CronJob', 'backup', { spec: { jobTemplate: { spec: { template: { spec: { containers: [{ image: 'example/backup:2' }] } } } } } })],
      jobs: [controller('Job', 'backup-29123456', { owner: { kind: 'CronJob', name: 'backup' }, spec: { completions: 1 } }), controller('Job', 'migrate', { spec: { completions: 3 }, status: { ready: 1 } })],
      daemonSets: [controller('DaemonSet', 'node-exporter', { status: { desiredNumberScheduled: 3, numberReady: 2 } })],
      pods: [
        runningPod('backup-29123456-x', { owners: [{ kind: 'Job', name: 'backup-29123456', controller: true }], restarts: 2 }),
        runningPod('web-5d9f-a', { owners: [{ kind: 'ReplicaSet', name: 'web-5d9f', controller: true }], restarts: 1 }),
        runningPod('web-5d9f-b', { owners: [{ kind: 'ReplicaSet', name: 'web-5d9f', controller: true }], restarts: 4 }),
        runningPod('debug'),
      ],
    });
    expect(normalize(raw).workloads.map((row) => `${row.kind} ${row.name} ${row.ready}/${row.desired} restarts=${row.restarts} pods=${row.pods.join('+')} images=${row.images.join(',')}`)).toMatchInlineSnapshot(`
      [
        "CronJob backup 1/null restarts=2 pods=backup-29123456-x images=example/backup:2",
        "Pod debug 1/1 restarts=0 pods=debug images=example/debug:1",
        "Job migrate 1/3 restarts=0 pods= images=",
        "DaemonSet node-exporter 2/3 restarts=0 pods= images=",
        "ReplicaSet web-5d9f 2/null restarts=5 pods=web-5d9f-a+web-5d9f-b images=example/web-5d9f-a:1,example/web-5d9f-b:1",
      ]
    `);
  });

  it('keeps a controller the dump gave no name or image as blanks, inventing neither', () => {
    const nameless: KubeObject = { kind: 'Deployment', metadata: {}, spec: { replicas: 1, template: { spec: { containers: [{ name: 'app' }] } } } };
    expect(normalize(rawState({ deployments: [nameless] })).workloads.map(({ kind, name, desired, ready, pods, images }) => ({ kind, name, desired, ready, pods, images }))).toEqual([
      { kind: 'Deployment', name: '', desired: 1, ready: 0, pods: [], images: [''] },
    ]);
  });
});

describe('normalize: containers', () => {
  it('keeps env names and sources, never values, and redacts secret flags', () => {
    const pod = runningPod('app');
    (pod.spec as { containers: unknown[] }).containers = [{
      name: 'main', image: 'example/app:1', command: ['app'], args: ['--db-password', 'hunter2', '--port=80'],
      env: [{ name: 'PLAIN', value: 'visible?' }, { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }],
      envFrom: [{ configMapRef: { name: 'settings' } }, { secretRef: { name: 'creds' }, prefix: 'APP_' }],
      resources: { requests: { cpu: '100m', memory: 64 }, limits: { memory: '128Mi' } },
    }];
    const [container] = normalize(rawState({ pods: [pod] })).pods[0]!.containers;
    expect(container!.command).toEqual(['app', '--db-password', REDACTED, '--port=80']);
    expect(container!.env).toEqual([
      { name: 'PLAIN', from: 'value' },
      { name: 'DB_PASSWORD', from: 'secretKeyRef' },
      { name: 'settings', from: 'configMapRef' },
      { name: 'APP_creds', from: 'secretRef' },
    ]);
    expect(container!.requests).toEqual({ cpu: '100m', memory: '64' });
    expect(JSON.stringify(container)).not.toContain('visible?');
    expect(JSON.stringify(container)).not.toContain('hunter2');
  });

  it('lists init containers first and records the last termination with its signal', () => {
    const pod = runningPod('app');
    pod.spec = { containers: [{ name: 'main', image: 'a:1' }], initContainers: [{ name: 'setup', image: 'b:1' }] };
    pod.status = {
      phase: 'Running',
      initContainerStatuses: [{ name: 'setup', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: '2026-11-24T08:00:00Z', finishedAt: '2026-11-24T08:00:01Z' } } }],
      containerStatuses: [{ name: 'main', ready: true, restartCount: 3, state: { running: { startedAt: '2026-11-24T09:00:00Z' } }, lastState: { terminated: { exitCode: 137, signal: 9, reason: 'OOMKilled', finishedAt: '2026-11-24T08:59:58Z' } } }],
    };
    const containers = normalize(rawState({ pods: [pod] })).pods[0]!.containers;
    expect(containers.map((container) => `${container.name} init=${container.init} ${container.state} ${container.reason} restarts=${container.restarts}`)).toEqual([
      'setup init=true terminated Completed restarts=0',
      'main init=false running null restarts=3',
    ]);
    expect(containers[1]!.lastTermination).toEqual({ reason: 'OOMKilled', exitCode: 137, signal: 9, finishedAt: '2026-11-24T08:59:58Z' });
  });
});

describe('normalize: cluster facts', () => {
  const clusterInfo = (kubeconfig: string): KubeObject => ({ kind: 'ConfigMap', metadata: { name: 'cluster-info', namespace: 'kube-public' }, data: { kubeconfig } });

  it('gives null CA fields when cluster-info holds no readable certificate', () => {
    const snapshot = normalize(rawState({ clusterInfo: clusterInfo('clusters:\n- cluster:\n    server: https://10.0.0.1:6443\n    certificate-authority-data: bm90IGEgY2VydA==\n') }));
    expect(snapshot.clusterInfo).toEqual({ server: 'https://10.0.0.1:6443', caSubject: null, caNotAfter: null });
    expect(snapshot.cluster.server).toBe('https://10.0.0.1:6443');
  });

  it('gives null fields when the kubeconfig is not YAML', () => {
    expect(normalize(rawState({ clusterInfo: clusterInfo('{ not: [yaml') })).clusterInfo).toEqual({ server: null, caSubject: null, caNotAfter: null });
  });

  it.each([
    ['kubeadm clusterName first', { configMaps: [{ kind: 'ConfigMap', metadata: { name: 'kubeadm-config' }, data: { ClusterConfiguration: 'clusterName: rpi\n' } }], context: { clusterName: 'ctx', server: null } }, 'rpi'],
    ['then the kubeconfig cluster', { context: { clusterName: 'ctx', server: null } }, 'ctx'],
    ['else unknown', {}, 'unknown'],
  ])('cluster name: %s', (_case, overrides, expected) => {
    expect(normalize(rawState(overrides)).cluster.name).toBe(expected);
  });

  it.each([
    ['/version first', { version: 'v1.31.3' }, 'v1.31.3'],
    ['then the kube-apiserver image tag', {}, 'v1.31.2'],
  ])('version: %s', (_case, overrides, expected) => {
    const apiserver = runningPod('kube-apiserver-m', { labels: { component: 'kube-apiserver' } });
    (apiserver.spec as { containers: unknown[] }).containers = [{ name: 'kube-apiserver', image: 'registry.k8s.io/kube-apiserver:v1.31.2' }];
    expect(normalize(rawState({ pods: [apiserver], ...overrides })).cluster.version).toBe(expected);
  });

  it('version: else the newest kubelet', () => {
    const node = (name: string, kubeletVersion: string): KubeObject => ({ kind: 'Node', metadata: { name }, status: { nodeInfo: { kubeletVersion } } });
    expect(normalize(rawState({ nodes: [node('a', 'v1.31.9'), node('b', 'v1.31.10'), node('c', 'v1.30.12')] })).cluster.version).toBe('v1.31.10');
  });
});

describe('normalize: values no API server sends are one line (E_INPUT), not a stack', () => {
  const withStatus = (restartCount: unknown, creationTimestamp = '2026-11-24T09:00:00Z'): KubeObject => ({
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'odd-pod', namespace: 'kube-system', creationTimestamp },
    spec: { containers: [{ name: 'c', image: 'i' }] },
    status: { phase: 'Running', containerStatuses: [{ name: 'c', ready: true, restartCount, state: { running: {} } }] },
  });
  it.each<[string, KubeObject, string]>([
    ['a negative restart count', withStatus(-5), 'pods[0].restarts: Too small: expected number to be >=0'],
    ['a restart count written as a string', withStatus('7'), 'pods[0].restarts: Invalid input: expected number, received string'],
    ['a restart count of 1e400 (Infinity)', withStatus(Number.POSITIVE_INFINITY), 'pods[0].restarts: Invalid input: expected number, received Infinity'],
    ['a year past 9999', withStatus(0, '+010000-01-01T00:00:00Z'), 'pods[0].createdAt: Invalid ISO datetime'],
  ])('%s', (_case, pod, problem) => {
    let error: unknown;
    try {
      normalize(rawState({ pods: [pod] }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RunbookError);
    expect((error as RunbookError).code).toBe('E_INPUT');
    expect((error as RunbookError).message).toMatch(new RegExp(`^the input holds a value no API server sends: ${problem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(and \\d+ more problems?\\))? \\(object "odd-pod"\\); fix that field in the --from files`));
  });
});

describe('normalize: a bad value outside a list of named objects names only its field', () => {
  it.each<[string, Partial<RawState>, string]>([
    ['a capture time that is no timestamp', { capturedAt: 'yesterday' }, 'capturedAt: Invalid ISO datetime'],
    ['a health verdict that is no boolean', { apiHealth: { readyz: { passed: 'yes', checks: [] }, livez: null } as never }, 'apiHealth.readyz.passed: Invalid input: expected boolean, received string'],
    ['an event (a list item without a name) seen in a year past 9999', { events: [{
      apiVersion: 'v1', kind: 'Event', type: 'Warning', reason: 'BackOff', message: 'm', count: 1, metadata: { name: 'p.1' },
      involvedObject: { kind: 'Pod', name: 'p' }, lastTimestamp: '+010000-01-01T00:00:00Z',
    }] }, 'events[0].lastSeen: Invalid ISO datetime'],
  ])('%s', (_case, overrides, problem) => {
    expect(() => normalize(rawState(overrides))).toThrow(
      `the input holds a value no API server sends: ${problem}; fix that field in the --from files (or, if they came from a real cluster, report it)`,
    );
  });
});
