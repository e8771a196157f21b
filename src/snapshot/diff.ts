/**
 * What changed between two snapshots of one cluster. Pure and browser-safe (the compare page runs it
 * client-side on published snapshot JSON): only types from schema.ts, no node: imports.
 */
import { certificateChanges, type CertificateChanges } from './certificate-history.ts';
import { endpointChanges } from './endpoint-history.ts';
import { findings, SEALED_SECRETS_KEY_LABEL, type Finding } from './findings.ts';
import { unread } from './gaps.ts';
import { gapName, type ResourceKey } from './resources.ts';
import { historyKey } from './history.ts';
import type { Gap, Node, Pod, Service, Snapshot, Workload, WorkloadRef } from './schema.ts';
import { hoursBetween } from './time.ts';
import { compare, groupBy, indexBy, workloadKey } from './normalize/fields.ts';

/** A pod as a comparison shows it. */
export type PodRef = { name: string; workload: WorkloadRef; node: string | null; status: string; ready: string; restarts: number };
/** A value before and after. */
export type Change<T> = { from: T; to: T };

/** Everything that differs between `before` and `after`; each list is empty when nothing changed. */
export type SnapshotDiff = {
  from: string;
  to: string;
  /** Hours from `before` to `after` (negative when compared the other way round). */
  hours: number;
  /** False when the snapshots are of different clusters or namespaces: the diff is then meaningless. */
  sameCluster: boolean;
  /** Resources that one of the two snapshots could not read: not compared, rather than reported as removed. */
  unknown: string[];
  clusterVersion: Change<string | null> | null;
  pods: {
    added: PodRef[];
    removed: PodRef[];
    /** A controller's pod recreated under a new name (coredns-abc -> coredns-def); see `matchPods`. */
    replaced: { workload: WorkloadRef; from: PodRef; to: PodRef }[];
    status: { name: string; workload: WorkloadRef; from: { status: string; ready: string }; to: { status: string; ready: string } }[];
    /** RESTARTS of the same pod (same name); a drop means the pod was recreated under its old name. */
    restarts: ({ name: string; workload: WorkloadRef; delta: number } & Change<number>)[];
  };
  workloads: {
    added: WorkloadRef[];
    removed: WorkloadRef[];
    /** Summed RESTARTS per workload: `401 -> 433, +32`. */
    restarts: ({ workload: WorkloadRef; delta: number } & Change<number>)[];
    replicas: ({ workload: WorkloadRef } & Change<{ desired: number | null; ready: number }>)[];
    /** Images per container name across the workload's pods (more than one mid-rollout). */
    images: ({ workload: WorkloadRef; container: string } & Change<string[]>)[];
  };
  nodes: {
    added: string[];
    removed: string[];
    ready: ({ name: string } & Change<boolean>)[];
    versions: ({ name: string; field: NodeVersionField } & Change<string>)[];
  };
  configMaps: { added: string[]; removed: string[] };
  /** Names and types only: values are never in a snapshot. */
  secrets: { added: SecretRef[]; removed: SecretRef[] };
  services: {
    added: string[];
    removed: string[];
    changed: ({ name: string; field: 'type' | 'clusterIP' | 'ports' } & Change<string>)[];
  };
  /** Added, removed, renewed, and days left of those within 30 days of expiry. */
  certificates: CertificateChanges;
  /** Ready endpoints per Service, where both snapshots know them and they differ. */
  endpoints: ({ service: string } & Change<number>)[];
  findings: { appeared: Finding[]; resolved: Finding[] };
  gaps: { appeared: Gap[]; resolved: Gap[] };
};

export type SecretRef = { name: string; type: string; sealedSecretsKey: boolean };
const NODE_VERSION_FIELDS = ['kubeletVersion', 'kernelVersion', 'osImage', 'containerRuntime'] as const;
export type NodeVersionField = (typeof NODE_VERSION_FIELDS)[number];

const podRef = (p: Pod): PodRef => ({ name: p.name, workload: p.workload, node: p.node, status: p.status, ready: p.ready, restarts: p.restarts });

/** Names in `after` but not `before`, and the reverse, each sorted. */
function addedRemoved<T>(before: readonly T[], after: readonly T[], name: (item: T) => string): { added: T[]; removed: T[] } {
  const b = indexBy(before, name);
  const a = indexBy(after, name);
  const sort = (list: T[]) => list.sort((x, y) => compare(name(x), name(y)));
  return { added: sort(after.filter((x) => !b.has(name(x)))), removed: sort(before.filter((x) => !a.has(name(x)))) };
}

/** Kinds whose pods keep their name for life: a new name is a new pod, never a replacement. */
const FIXED_NAMES = new Set<WorkloadRef['kind']>(['StaticPod', 'Pod']);

/**
 * Pairs the pods of two snapshots. Rule: (1) the same name is the same pod; (2) within one
 * controller (not static or bare pods), pods that vanished are paired with pods that appeared,
 * first those on the same node (a DaemonSet's pod per node), then the rest oldest with oldest by
 * creation time; (3) whatever is left was added or removed.
 */
export function matchPods(before: readonly Pod[], after: readonly Pod[]): { same: [Pod, Pod][]; replaced: [Pod, Pod][]; added: Pod[]; removed: Pod[] } {
  const afterByName = indexBy(after, (p) => p.name);
  const same = before.flatMap((pod): [Pod, Pod][] => (afterByName.has(pod.name) ? [[pod, afterByName.get(pod.name)!]] : []));
  const gone = groupBy(before.filter((pod) => !afterByName.has(pod.name)), (pod) => workloadKey(pod.workload));
  const beforeNames = new Set(before.map((p) => p.name));
  const appeared = after.filter((pod) => !beforeNames.has(pod.name));
  const replaced: [Pod, Pod][] = [];
  const added = appeared.filter((pod) => FIXED_NAMES.has(pod.workload.kind));
  const fresh = groupBy(appeared.filter((pod) => !FIXED_NAMES.has(pod.workload.kind)), (pod) => workloadKey(pod.workload));
  const byAge = (a: Pod, b: Pod) => compare(a.createdAt, b.createdAt) || compare(a.name, b.name);
  for (const [key, newPods] of fresh) {
    const oldPods = [...(gone.get(key) ?? [])].sort(byAge);
    const left = [...newPods].sort(byAge);
    for (const pass of ['node', 'age'] as const) {
      for (const old of [...oldPods]) {
        const index = pass === 'node' ? left.findIndex((p) => p.node !== null && p.node === old.node) : left.length > 0 ? 0 : -1;
        if (index < 0) continue;
        replaced.push([old, left.splice(index, 1)[0]!]);
        oldPods.splice(oldPods.indexOf(old), 1);
      }
    }
    gone.set(key, oldPods);
    added.push(...left);
  }
  const removed = [...gone.values()].flat();
  const sortPairs = (pairs: [Pod, Pod][]) => pairs.sort((x, y) => compare(x[1].name, y[1].name));
  const sortPods = (pods: Pod[]) => pods.sort((x, y) => compare(x.name, y.name));
  return { same: sortPairs(same), replaced: sortPairs(replaced), added: sortPods(added), removed: sortPods(removed) };
}

/** Images per container name of one workload's pods, init containers included, each list sorted. */
function imagesByContainer(pods: readonly Pod[]): Map<string, string[]> {
  const images = new Map<string, Set<string>>();
  for (const container of pods.flatMap((p) => p.containers)) {
    images.set(container.name, (images.get(container.name) ?? new Set()).add(container.image));
  }
  return new Map([...images].map(([name, set]) => [name, [...set].sort()]));
}

function workloadChanges(before: Snapshot, after: Snapshot): SnapshotDiff['workloads'] {
  const { added, removed } = addedRemoved(before.workloads, after.workloads, workloadKey);
  const old = indexBy(before.workloads, workloadKey);
  const out: SnapshotDiff['workloads'] = { added: added.map(ref), removed: removed.map(ref), restarts: [], replicas: [], images: [] };
  const podsBefore = groupBy(before.pods, (p) => workloadKey(p.workload));
  const podsAfter = groupBy(after.pods, (p) => workloadKey(p.workload));
  for (const w of after.workloads) {
    const key = workloadKey(w);
    const was = old.get(key);
    if (!was) continue;
    const workload = ref(w);
    if (w.restarts !== was.restarts) out.restarts.push({ workload, from: was.restarts, to: w.restarts, delta: w.restarts - was.restarts });
    if (w.desired !== was.desired || w.ready !== was.ready) out.replicas.push({ workload, from: { desired: was.desired, ready: was.ready }, to: { desired: w.desired, ready: w.ready } });
    const imagesBefore = imagesByContainer(podsBefore.get(key) ?? []);
    const imagesAfter = imagesByContainer(podsAfter.get(key) ?? []);
    for (const container of [...new Set([...imagesBefore.keys(), ...imagesAfter.keys()])].sort()) {
      const from = imagesBefore.get(container) ?? [];
      const to = imagesAfter.get(container) ?? [];
      // A container with no pod on one side (all pods gone) is not an image change.
      if (from.length > 0 && to.length > 0 && from.join() !== to.join()) out.images.push({ workload, container, from, to });
    }
  }
  return out;
}

const ref = (w: Workload | WorkloadRef): WorkloadRef => ({ kind: w.kind, name: w.name });

function podChanges(before: Snapshot, after: Snapshot): SnapshotDiff['pods'] {
  const { same, replaced, added, removed } = matchPods(before.pods, after.pods);
  const out: SnapshotDiff['pods'] = { added: added.map(podRef), removed: removed.map(podRef), replaced: [], status: [], restarts: [] };
  for (const [old, pod] of replaced) out.replaced.push({ workload: pod.workload, from: podRef(old), to: podRef(pod) });
  for (const [old, pod] of same) {
    if (old.status !== pod.status || old.ready !== pod.ready) {
      out.status.push({ name: pod.name, workload: pod.workload, from: { status: old.status, ready: old.ready }, to: { status: pod.status, ready: pod.ready } });
    }
    if (old.restarts !== pod.restarts) out.restarts.push({ name: pod.name, workload: pod.workload, from: old.restarts, to: pod.restarts, delta: pod.restarts - old.restarts });
  }
  return out;
}

function nodeChanges(before: Snapshot, after: Snapshot): SnapshotDiff['nodes'] {
  const { added, removed } = addedRemoved(before.nodes, after.nodes, (n) => n.name);
  const old = indexBy(before.nodes, (n) => n.name);
  const out: SnapshotDiff['nodes'] = { added: added.map((n) => n.name), removed: removed.map((n) => n.name), ready: [], versions: [] };
  for (const node of after.nodes) {
    const was: Node | undefined = old.get(node.name);
    if (!was) continue;
    if (was.ready !== node.ready) out.ready.push({ name: node.name, from: was.ready, to: node.ready });
    for (const field of NODE_VERSION_FIELDS) {
      if (was[field] !== node[field]) out.versions.push({ name: node.name, field, from: was[field], to: node[field] });
    }
  }
  return out;
}

/** `53/UDP,53/TCP,80:30080/TCP`, as kubectl's PORT(S) column. */
export function formatPorts(service: Service): string {
  return service.ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`).join(',');
}

function serviceChanges(before: Snapshot, after: Snapshot): SnapshotDiff['services'] {
  const qualified = (s: Service) => (s.namespace === after.namespace ? s.name : `${s.namespace}/${s.name}`);
  const list = (s: Snapshot) => [...s.services, ...(s.apiService ? [s.apiService] : [])];
  const { added, removed } = addedRemoved(list(before), list(after), qualified);
  const old = indexBy(list(before), qualified);
  const changed: SnapshotDiff['services']['changed'] = [];
  for (const service of list(after)) {
    const was = old.get(qualified(service));
    if (!was) continue;
    const fields = { type: [was.type, service.type], clusterIP: [was.clusterIP ?? '', service.clusterIP ?? ''], ports: [formatPorts(was), formatPorts(service)] } as const;
    for (const [field, [from, to]] of Object.entries(fields) as [keyof typeof fields, readonly [string, string]][]) {
      if (from !== to) changed.push({ name: qualified(service), field, from, to });
    }
  }
  return { added: added.map(qualified), removed: removed.map(qualified), changed };
}

const secretRef = (s: Snapshot['secrets'][number]): SecretRef => ({ name: s.name, type: s.type, sealedSecretsKey: s.labels[SEALED_SECRETS_KEY_LABEL] !== undefined });
const gapKey = (g: Gap) => `${g.resource}:${g.reason}`;

/** The resources whose lists a diff compares; one unread on either side is not compared. */
const COMPARED: readonly ResourceKey[] = ['pods', 'nodes', 'services', 'configMaps', 'secrets'];

/** Options of `diff`. */
export type DiffOptions = {
  /** The snapshot before `before`, so findings that need history are judged alike on both sides. */
  beforePrevious?: Snapshot | null;
};

/** Compares two snapshots (normally of one cluster, `before` older than `after`). */
export function diff(before: Snapshot, after: Snapshot, options: DiffOptions = {}): SnapshotDiff {
  const unreadKeys = COMPARED.filter((key) => unread(before, key) || unread(after, key));
  const unknown = unreadKeys.map(gapName);
  const skip = (key: ResourceKey) => unreadKeys.includes(key);
  const findingsBefore = findings(before, options.beforePrevious ?? null);
  const findingsAfter = findings(after, before);
  const beforeIds = new Set(findingsBefore.map((f) => f.id));
  const afterIds = new Set(findingsAfter.map((f) => f.id));
  const gaps = addedRemoved(before.gaps, after.gaps, gapKey);
  const emptyPods: SnapshotDiff['pods'] = { added: [], removed: [], replaced: [], status: [], restarts: [] };
  const emptyWorkloads: SnapshotDiff['workloads'] = { added: [], removed: [], restarts: [], replicas: [], images: [] };
  return {
    from: before.capturedAt,
    to: after.capturedAt,
    hours: hoursBetween(before.capturedAt, after.capturedAt),
    sameCluster: historyKey(before) === historyKey(after),
    unknown,
    clusterVersion: before.cluster.version !== after.cluster.version ? { from: before.cluster.version, to: after.cluster.version } : null,
    pods: skip('pods') ? emptyPods : podChanges(before, after),
    workloads: skip('pods') ? emptyWorkloads : workloadChanges(before, after),
    nodes: skip('nodes') ? { added: [], removed: [], ready: [], versions: [] } : nodeChanges(before, after),
    configMaps: skip('configMaps') ? { added: [], removed: [] } : mapNames(addedRemoved(before.configMaps, after.configMaps, (c) => c.name), (c) => c.name),
    secrets: skip('secrets') ? { added: [], removed: [] } : mapNames(addedRemoved(before.secrets, after.secrets, (s) => s.name), secretRef),
    services: skip('services') ? { added: [], removed: [], changed: [] } : serviceChanges(before, after),
    certificates: certificateChanges(before, after),
    endpoints: endpointChanges(before, after),
    findings: { appeared: findingsAfter.filter((f) => !beforeIds.has(f.id)), resolved: findingsBefore.filter((f) => !afterIds.has(f.id)) },
    gaps: { appeared: gaps.added, resolved: gaps.removed },
  };
}

function mapNames<T, U>(lists: { added: T[]; removed: T[] }, map: (item: T) => U): { added: U[]; removed: U[] } {
  return { added: lists.added.map(map), removed: lists.removed.map(map) };
}

/** Counts for the history table and a comparison's headline. */
export type DiffSummary = {
  podsAdded: number;
  podsRemoved: number;
  podsReplaced: number;
  statusChanges: number;
  /** Sum of the workloads' restart increases (drops from recreated pods are not subtracted). */
  restartIncrease: number;
  imageChanges: number;
  versionChanges: number;
  replicaChanges: number;
  nodeChanges: number;
  configMapChanges: number;
  secretChanges: number;
  serviceChanges: number;
  /** Certificates added, removed or renewed. */
  certificateChanges: number;
  /** Certificates within 30 days of expiry whose days left went on counting down. */
  certificatesExpiring: number;
  /** Services whose ready endpoints changed. */
  endpointChanges: number;
  findingsAppeared: number;
  findingsResolved: number;
  gapChanges: number;
  /** How many entries the comparison lists in all. */
  total: number;
};

/** Counts of each kind of change in a diff. */
export function summarize(d: SnapshotDiff): DiffSummary {
  const counts = {
    podsAdded: d.pods.added.length,
    podsRemoved: d.pods.removed.length,
    podsReplaced: d.pods.replaced.length,
    statusChanges: d.pods.status.length,
    restartIncrease: d.workloads.restarts.reduce((sum, r) => sum + Math.max(0, r.delta), 0),
    imageChanges: d.workloads.images.length,
    versionChanges: (d.clusterVersion ? 1 : 0) + d.nodes.versions.length,
    replicaChanges: d.workloads.replicas.length + d.workloads.added.length + d.workloads.removed.length,
    nodeChanges: d.nodes.added.length + d.nodes.removed.length + d.nodes.ready.length,
    configMapChanges: d.configMaps.added.length + d.configMaps.removed.length,
    secretChanges: d.secrets.added.length + d.secrets.removed.length,
    serviceChanges: d.services.added.length + d.services.removed.length + d.services.changed.length,
    certificateChanges: d.certificates.added.length + d.certificates.removed.length + d.certificates.renewed.length,
    certificatesExpiring: d.certificates.expiring.length,
    endpointChanges: d.endpoints.length,
    findingsAppeared: d.findings.appeared.length,
    findingsResolved: d.findings.resolved.length,
    gapChanges: d.gaps.appeared.length + d.gaps.resolved.length,
  };
  const entries =
    counts.podsAdded + counts.podsRemoved + counts.podsReplaced + counts.statusChanges + d.pods.restarts.length + d.workloads.restarts.length +
    counts.imageChanges + counts.versionChanges + counts.replicaChanges + counts.nodeChanges + counts.configMapChanges + counts.secretChanges +
    counts.serviceChanges + counts.certificateChanges + counts.certificatesExpiring + counts.endpointChanges + counts.findingsAppeared + counts.findingsResolved + counts.gapChanges;
  return { ...counts, total: entries };
}
