/**
 * Builders of valid Snapshot objects for tests: every builder fills the fields a test does not care
 * about, and `buildSnapshot` validates the result with SnapshotSchema, so a test cannot start from a
 * snapshot that the site would reject. `seedSnapshot()` is the cluster of the seed runbook.
 */
import {
  PodSchema,
  SCHEMA_VERSION,
  SnapshotSchema,
  type Certificate,
  type ConfigMap,
  type Container,
  type Gap,
  type HealthEndpoint,
  type Lease,
  type Node,
  type NodeCondition,
  type Pod,
  type SealedSecret,
  type ServiceEndpoints,
  type Secret,
  type Service,
  type Snapshot,
  type Workload,
  type WorkloadRef,
} from '../../src/snapshot/schema.ts';
import { byName, groupBy, workloadKey } from '../../src/snapshot/normalize/fields.ts';
import { MIGRATIONS } from '../../src/snapshot/migrate.ts';

/** When the seed cluster's pods were created: 12 days before SEED_CAPTURED_AT. */
export const SEED_CREATED_AT = '2026-11-12T09:30:00Z';
/** When the seed snapshot was captured. */
export const SEED_CAPTURED_AT = '2026-11-24T09:30:00Z';
/** The label the Sealed Secrets controller puts on its key Secrets. */
export const SEALED_SECRETS_KEY_LABEL = 'sealedsecrets.bitnami.com/sealed-secrets-key';

/** A running, ready container. */
export function buildContainer(overrides: Partial<Container> = {}): Container {
  return {
    name: 'main',
    init: false,
    image: 'registry.k8s.io/pause:3.10',
    state: 'running',
    reason: null,
    startedAt: SEED_CREATED_AT,
    ready: true,
    restarts: 0,
    lastTermination: null,
    command: [],
    env: [],
    requests: {},
    limits: {},
    ...overrides,
  };
}

/**
 * A Running 1/1 pod; without `containers`, one container named after the workload carries the
 * pod's restarts and `image`. Validated by PodSchema.
 */
export function buildPod(overrides: Partial<Pod> & { image?: string } = {}): Pod {
  const { image, ...rest } = overrides;
  const name = rest.name ?? 'pod-1';
  const workload: WorkloadRef = rest.workload ?? { kind: 'Pod', name };
  const restarts = rest.restarts ?? 0;
  const pod: Pod = {
    name,
    node: 'rpi-master-1',
    phase: 'Running',
    status: 'Running',
    ready: '1/1',
    restarts,
    lastRestartAt: null,
    conditionReady: true,
    createdAt: SEED_CREATED_AT,
    startedAt: SEED_CREATED_AT,
    podIP: '10.244.0.10',
    qosClass: 'Burstable',
    workload,
    labels: {},
    containers: [buildContainer({ name: containerName(workload), restarts, ...(image ? { image } : {}) })],
    ...rest,
  };
  return PodSchema.parse(pod);
}

/** A static pod's workload is named after the pod; its container after the component (`etcd`). */
function containerName(workload: WorkloadRef): string {
  return workload.kind === 'StaticPod' ? workload.name.replace(/-rpi-.*$/, '') : workload.name;
}

/** A workload row; prefer `workloadsOf(pods)` when the pods are known. */
export function buildWorkload(overrides: Partial<Workload> & Pick<Workload, 'kind' | 'name'>): Workload {
  return {
    desired: 1,
    ready: 1,
    pods: [],
    restarts: 0,
    images: [],
    createdAt: SEED_CREATED_AT,
    labels: {},
    selector: null,
    ...overrides,
  };
}

/**
 * The workload rows the given pods imply: desired = number of pods (1 for static and bare pods,
 * null for CronJobs), ready = pods whose Ready condition is true, restarts summed.
 */
export function workloadsOf(pods: readonly Pod[]): Workload[] {
  return [...groupBy(pods, (pod) => workloadKey(pod.workload)).values()]
    .map((group): Workload => {
      const { kind, name } = group[0]!.workload;
      return buildWorkload({
        kind,
        name,
        desired: kind === 'CronJob' ? null : kind === 'StaticPod' || kind === 'Pod' ? 1 : group.length,
        ready: group.filter((pod) => pod.conditionReady).length,
        pods: group.map((pod) => pod.name).sort(),
        restarts: group.reduce((sum, pod) => sum + pod.restarts, 0),
        images: [...new Set(group.flatMap((pod) => pod.containers.filter((c) => !c.init).map((c) => c.image)))].sort(),
        createdAt: group.map((pod) => pod.createdAt).sort()[0]!,
      });
    })
    .sort(byName);
}

const condition = (type: string, status: NodeCondition['status']): NodeCondition => ({ type, status, reason: null, message: null, since: SEED_CREATED_AT });

/** A Ready worker node with no pressure. */
export function buildNode(overrides: Partial<Node> = {}): Node {
  const ready = overrides.ready ?? true;
  const node: Node = {
    name: 'rpi-worker-1',
    roles: [],
    ready,
    unschedulable: false,
    kubeletVersion: 'v1.31.2',
    providerID: null,
    osImage: 'Debian GNU/Linux 12 (bookworm)',
    kernelVersion: '6.6.51+rpt-rpi-2712',
    containerRuntime: 'containerd://1.7.22',
    architecture: 'arm64',
    internalIP: '192.168.1.11',
    capacity: { cpu: '4', memory: '8245356Ki', pods: '110' },
    allocatable: { cpu: '4', memory: '8142956Ki', pods: '110' },
    conditions: [
      condition('MemoryPressure', 'False'),
      condition('DiskPressure', 'False'),
      condition('PIDPressure', 'False'),
      condition('Ready', ready ? 'True' : 'False'),
    ],
    taints: [],
    createdAt: SEED_CREATED_AT,
    ...overrides,
  };
  // Keep the Ready condition in step with `ready` when a test copies conditions from another node.
  const agrees = (status: NodeCondition['status']) => (status === 'True') === ready;
  return { ...node, conditions: node.conditions.map((c) => (c.type === 'Ready' && !agrees(c.status) ? { ...c, status: ready ? 'True' : 'False' } : c)) };
}

/** A ClusterIP Service in kube-system; `ports` as `53/UDP` strings or full objects. */
export function buildService(overrides: Partial<Omit<Service, 'ports'>> & { ports?: Service['ports'] | string[] } = {}): Service {
  const { ports = ['80/TCP'], ...rest } = overrides;
  return {
    namespace: 'kube-system',
    name: 'svc',
    type: 'ClusterIP',
    clusterIP: '10.96.0.100',
    selector: {},
    createdAt: SEED_CREATED_AT,
    ...rest,
    ports: ports.map((port) => {
      if (typeof port !== 'string') return port;
      const [number, protocol = 'TCP'] = port.split('/');
      return { name: null, port: Number(number), protocol, targetPort: number!, nodePort: null };
    }),
  };
}

/** A ConfigMap with the given keys and no allow-listed text. */
export function buildConfigMap(overrides: Partial<ConfigMap> = {}): ConfigMap {
  return { name: 'cm', keys: [], data: {}, createdAt: SEED_CREATED_AT, ...overrides };
}

/** An Opaque Secret's metadata (there are never values). */
export function buildSecret(overrides: Partial<Secret> = {}): Secret {
  return { name: 'secret', type: 'Opaque', keyCount: 1, labels: {}, createdAt: SEED_CREATED_AT, ...overrides };
}

/** A sealed-secrets controller key Secret, as the controller labels it. */
export function buildSealedSecretsKey(name: string, createdAt = SEED_CREATED_AT): Secret {
  return buildSecret({ name, type: 'kubernetes.io/tls', keyCount: 2, labels: { [SEALED_SECRETS_KEY_LABEL]: 'active' }, createdAt });
}

/** A leader-election Lease. */
export function buildLease(overrides: Partial<Lease> = {}): Lease {
  return { name: 'lease', holder: null, acquiredAt: null, renewedAt: null, durationSeconds: 15, transitions: 0, ...overrides };
}

/** A SealedSecret that the controller unsealed. */
export function buildSealedSecret(overrides: Partial<SealedSecret> = {}): SealedSecret {
  return { namespace: 'default', name: 'sealed', synced: true, message: null, keys: ['password'], createdAt: SEED_CREATED_AT, ...overrides };
}

/**
 * The endpoints of one Service: `ports` as `name port/PROTOCOL`, each served by every ready pod;
 * `notReady` endpoints besides them.
 */
export function buildServiceEndpoints(options: { service: string; ports: string[]; readyPods: string[]; notReady?: number }): ServiceEndpoints {
  const ready = options.readyPods.length;
  return {
    service: options.service,
    ready,
    notReady: options.notReady ?? 0,
    ports: options.ports.map((text) => {
      const [name, spec = ''] = text.split(' ');
      const [port, protocol = 'TCP'] = spec.split('/');
      return { name: name ?? null, port: Number(port), protocol, ready };
    }),
    readyPods: [...options.readyPods].sort(),
  };
}

/** A certificate as kubeadm's check-expiration lists it (`name`, expiry), unless overridden. */
export function buildCertificate(overrides: Partial<Certificate> & Pick<Certificate, 'name' | 'notAfter'>): Certificate {
  return {
    id: `kubeadm/${overrides.name}`, source: 'kubeadm', location: `/etc/kubernetes/pki/${overrides.name}.crt`,
    subject: null, issuer: null, sans: [], notBefore: null, selfSigned: null, isCA: false, caName: 'ca',
    externallyManaged: false, missing: false,
    ...overrides,
  };
}

/** A health endpoint's answer: every named check ok unless listed in `failing`. */
export function buildHealth(checks: string[], failing: string[] = []): HealthEndpoint {
  return {
    passed: failing.length === 0,
    checks: [...checks].sort().map((name) => ({ name, ok: !failing.includes(name), excluded: false, reason: failing.includes(name) ? 'reason withheld' : null })),
  };
}

/** Something the capture could not read. */
export function buildGap(overrides: Partial<Gap> = {}): Gap {
  return { resource: 'events', reason: 'forbidden', httpStatus: 403, message: 'events is forbidden', ...overrides };
}


/**
 * A snapshot of an empty kube-system, with `overrides` applied and validated by SnapshotSchema.
 * Without `workloads`, they are derived from `pods` by `workloadsOf`. Lists are sorted by name.
 */
export function buildSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  const pods = [...(overrides.pods ?? [])].sort(byName);
  const snapshot: Snapshot = {
    schemaVersion: SCHEMA_VERSION,
    capturedAt: SEED_CAPTURED_AT,
    capturedAtFrom: 'option',
    source: 'example',
    cluster: { name: 'rpi-cluster', server: 'https://192.168.1.10:6443', version: 'v1.31.2' },
    namespace: 'kube-system',
    nodes: [],
    services: [],
    serviceEndpoints: [],
    apiService: null,
    configMaps: [],
    secrets: [],
    leases: [],
    events: [],
    sealedSecrets: [],
    clusterInfo: null,
    apiHealth: { readyz: null, livez: null },
    gaps: [],
    ...overrides,
    pods,
    workloads: [...(overrides.workloads ?? workloadsOf(pods))].sort(byName),
    // As normalize orders them.
    certificates: [...(overrides.certificates ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
  return SnapshotSchema.parse(snapshot);
}

/** The same snapshot with its pods changed by `patch` and the workloads derived again. */
export function withPods(snapshot: Snapshot, patch: (pods: Pod[]) => Pod[], overrides: Partial<Snapshot> = {}): Snapshot {
  const pods = patch(snapshot.pods.map((pod) => structuredClone(pod)));
  return buildSnapshot({ ...snapshot, ...overrides, pods, workloads: undefined });
}

/** The same snapshot with the named pod's fields replaced (and its single container's restarts kept in step). */
export function patchPod(snapshot: Snapshot, name: string, fields: Partial<Pod>, overrides: Partial<Snapshot> = {}): Snapshot {
  if (!snapshot.pods.some((pod) => pod.name === name)) throw new Error(`patchPod: no pod ${name} in the snapshot`);
  return withPods(
    snapshot,
    (pods) =>
      pods.map((pod) => {
        if (pod.name !== name) return pod;
        const containers = fields.restarts !== undefined && pod.containers.length === 1 && !fields.containers
          ? [{ ...pod.containers[0]!, restarts: fields.restarts }]
          : pod.containers;
        return { ...pod, containers, ...fields };
      }),
    overrides,
  );
}

const K8S_VERSION = 'v1.31.2';
const staticPod = (component: string, image: string, restarts: number): Pod =>
  buildPod({
    name: `${component}-rpi-master-1`,
    workload: { kind: 'StaticPod', name: `${component}-rpi-master-1` },
    restarts,
    image,
    qosClass: 'Burstable',
    podIP: '192.168.1.10',
    labels: { component, tier: 'control-plane' },
  });

/**
 * The seed runbook's cluster (three Raspberry Pis, kube-system 12 days old): the numbers of its
 * Pod一覧 (restarts 1 / 11 / 392 / 6), Services, ConfigMaps and the sealed-secrets key.
 */
export function seedSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  const coredns = (name: string, node: string): Pod =>
    buildPod({ name, node, workload: { kind: 'Deployment', name: 'coredns' }, image: `registry.k8s.io/coredns/coredns:v1.11.3`, labels: { 'k8s-app': 'kube-dns' }, qosClass: 'Burstable' });
  const proxy = (name: string, node: string, ip: string): Pod =>
    buildPod({ name, node, podIP: ip, workload: { kind: 'DaemonSet', name: 'kube-proxy' }, image: `registry.k8s.io/kube-proxy:${K8S_VERSION}`, labels: { 'k8s-app': 'kube-proxy' }, qosClass: 'BestEffort' });
  const pods = [
    coredns('coredns-668d6bf9bc-4xk2p', 'rpi-master-1'),
    coredns('coredns-668d6bf9bc-9zqlm', 'rpi-master-1'),
    staticPod('etcd', 'registry.k8s.io/etcd:3.5.15-0', 1),
    staticPod('kube-apiserver', `registry.k8s.io/kube-apiserver:${K8S_VERSION}`, 11),
    staticPod('kube-controller-manager', `registry.k8s.io/kube-controller-manager:${K8S_VERSION}`, 392),
    proxy('kube-proxy-7hx2k', 'rpi-worker-1', '192.168.1.11'),
    proxy('kube-proxy-m4q8d', 'rpi-master-1', '192.168.1.10'),
    proxy('kube-proxy-zt5wn', 'rpi-worker-2', '192.168.1.12'),
    staticPod('kube-scheduler', `registry.k8s.io/kube-scheduler:${K8S_VERSION}`, 6),
    buildPod({
      name: 'sealed-secrets-controller-7d9b6c5f4-x8k2j',
      node: 'rpi-worker-1',
      workload: { kind: 'Deployment', name: 'sealed-secrets-controller' },
      image: 'docker.io/bitnami/sealed-secrets-controller:0.27.1',
      labels: { 'app.kubernetes.io/name': 'sealed-secrets' },
    }),
  ];
  return buildSnapshot({
    pods,
    nodes: [
      buildNode({ name: 'rpi-master-1', roles: ['control-plane'], internalIP: '192.168.1.10', taints: ['node-role.kubernetes.io/control-plane:NoSchedule'] }),
      buildNode({ name: 'rpi-worker-1', internalIP: '192.168.1.11' }),
      buildNode({ name: 'rpi-worker-2', internalIP: '192.168.1.12' }),
    ],
    services: [
      buildService({ name: 'kube-dns', clusterIP: '10.96.0.10', ports: ['53/UDP', '53/TCP', '9153/TCP'], selector: { 'k8s-app': 'kube-dns' } }),
      buildService({ name: 'sealed-secrets-controller', clusterIP: '10.96.240.246', ports: ['8080/TCP'], selector: { 'app.kubernetes.io/name': 'sealed-secrets' } }),
      buildService({ name: 'sealed-secrets-controller-metrics', clusterIP: '10.103.186.200', ports: ['8081/TCP'], selector: { 'app.kubernetes.io/name': 'sealed-secrets' } }),
    ],
    serviceEndpoints: [
      buildServiceEndpoints({ service: 'kube-dns', ports: ['dns 53/UDP', 'dns-tcp 53/TCP', 'metrics 9153/TCP'], readyPods: ['coredns-668d6bf9bc-4xk2p', 'coredns-668d6bf9bc-9zqlm'] }),
      buildServiceEndpoints({ service: 'sealed-secrets-controller', ports: ['http 8080/TCP'], readyPods: ['sealed-secrets-controller-7d9b6c5f4-x8k2j'] }),
      buildServiceEndpoints({ service: 'sealed-secrets-controller-metrics', ports: ['metrics 8081/TCP'], readyPods: ['sealed-secrets-controller-7d9b6c5f4-x8k2j'] }),
    ],
    apiService: buildService({ namespace: 'default', name: 'kubernetes', clusterIP: '10.96.0.1', ports: ['443/TCP'] }),
    configMaps: [
      buildConfigMap({ name: 'coredns', keys: ['Corefile'], data: { Corefile: '.:53 {\n    errors\n    health\n    kubernetes cluster.local in-addr.arpa ip6.arpa\n    forward . /etc/resolv.conf\n    cache 30\n}\n' } }),
      buildConfigMap({ name: 'extension-apiserver-authentication', keys: ['client-ca-file', 'requestheader-client-ca-file'] }),
      buildConfigMap({ name: 'kube-apiserver-legacy-service-account-token-tracking', keys: ['since'] }),
      buildConfigMap({ name: 'kube-proxy', keys: ['config.conf', 'kubeconfig.conf'] }),
      buildConfigMap({ name: 'kube-root-ca.crt', keys: ['ca.crt'] }),
      buildConfigMap({ name: 'kubeadm-config', keys: ['ClusterConfiguration'] }),
      buildConfigMap({ name: 'kubelet-config', keys: ['kubelet'] }),
    ],
    secrets: [buildSealedSecretsKey('sealed-secrets-keygs4s4')],
    leases: [
      buildLease({ name: 'kube-controller-manager', holder: 'rpi-master-1_0f3c', transitions: 388 }),
      buildLease({ name: 'kube-scheduler', holder: 'rpi-master-1_7a21', transitions: 6 }),
    ],
    sealedSecrets: [
      buildSealedSecret({ namespace: 'household-task-manager', name: 'backend-secret' }),
      buildSealedSecret({ namespace: 'household-task-manager', name: 'database-secret' }),
    ],
    clusterInfo: { server: 'https://192.168.1.10:6443', caSubject: 'CN=kubernetes', caNotAfter: '2035-11-10T09:30:00Z' },
    certificates: [
      buildCertificate({ name: 'apiserver', notAfter: '2027-11-12T09:30:00Z' }),
      buildCertificate({ name: 'ca', notAfter: '2035-11-10T09:30:00Z', isCA: true, caName: null }),
      { ...buildCertificate({ name: 'ca', notAfter: '2035-11-10T09:30:00Z', isCA: true, caName: null }), id: 'cluster-info/ca', source: 'cluster-info', location: 'kube-public/configmaps/cluster-info', subject: 'CN=kubernetes' },
    ],
    apiHealth: { readyz: buildHealth(['etcd', 'ping', 'log']), livez: buildHealth(['etcd', 'ping', 'log']) },
    ...overrides,
  });
}

/** The seed as a schemaVersion 2 file comes back after migration (MIGRATIONS[2]): only the cluster CA known, no health checks. */
export function migratedV2Seed(capturedAt: string): Snapshot {
  const { certificates: _c, apiHealth: _h, capturedAtFrom: _f, ...v3 } = seedSnapshot({ capturedAt });
  return SnapshotSchema.parse(MIGRATIONS[2]!({ ...v3, schemaVersion: 2 }));
}
