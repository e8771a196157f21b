import { z } from 'zod';

/** The schemaVersion this code writes; older files are migrated by `migrate.ts` on read. */
export const SCHEMA_VERSION = 3;

/** An ISO-8601 timestamp in UTC, as the API server writes them (`2026-11-24T09:30:00Z`). */
const timestamp = z.iso.datetime({ offset: false });

/** What a snapshot could not read, so a page can say 不明 and why instead of guessing. */
export const GapSchema = z.object({
  /** The resource as a reader knows it: `events`, `leases`, `sealedsecrets.bitnami.com`, `kube-public/configmaps/cluster-info`. */
  resource: z.string(),
  /**
   * Why: `forbidden`, `not-found`, `crd-absent`, `error`, `not-in-dump`, or `not-captured` (the
   * snapshot was written by a kube-runbook that did not read this resource yet), `unreachable` (no
   * TLS handshake within the timeout: a kubelet port seen from outside the node network).
   */
  reason: z.enum(['forbidden', 'not-found', 'crd-absent', 'error', 'not-in-dump', 'not-captured', 'unreachable']),
  /** HTTP status code when the API answered with one. */
  httpStatus: z.number().int().optional(),
  /** One line from the server or the client, already free of secret values. */
  message: z.string(),
});

/** The top-most controller of a pod, as a reader names it (`Deployment coredns`). */
export const WorkloadRefSchema = z.object({
  kind: z.enum(['Deployment', 'DaemonSet', 'StatefulSet', 'CronJob', 'Job', 'ReplicaSet', 'StaticPod', 'Pod']),
  name: z.string(),
});

/** How a container ended last time: kubectl describe's "Last State: Terminated". */
export const TerminationSchema = z.object({
  reason: z.string().nullable(),
  exitCode: z.number().int(),
  signal: z.number().int().optional(),
  finishedAt: timestamp.nullable(),
});

/** An environment variable: the name only; its value is never kept. */
export const EnvVarSchema = z.object({
  name: z.string(),
  /** Where the value comes from (`value`, `secretKeyRef`, `configMapKeyRef`, `fieldRef`, `resourceFieldRef`). */
  from: z.string(),
});

export const ContainerSchema = z.object({
  name: z.string(),
  /** True for init containers (sidecars included). */
  init: z.boolean(),
  image: z.string(),
  /** `running`, `waiting`, `terminated`, or `unknown` when the kubelet has not reported. */
  state: z.enum(['running', 'waiting', 'terminated', 'unknown']),
  /** The waiting or terminated reason (`CrashLoopBackOff`, `Completed`). */
  reason: z.string().nullable(),
  startedAt: timestamp.nullable(),
  ready: z.boolean(),
  restarts: z.number().int().nonnegative(),
  lastTermination: TerminationSchema.nullable(),
  /** command + args, with values of secret-looking flags replaced by the redaction marker. */
  command: z.array(z.string()),
  env: z.array(EnvVarSchema),
  /** Requests and limits as written in the spec (`{ cpu: "250m" }`). */
  requests: z.record(z.string(), z.string()),
  limits: z.record(z.string(), z.string()),
});

export const PodSchema = z.object({
  name: z.string(),
  /** Node name, or null while unscheduled. */
  node: z.string().nullable(),
  phase: z.string(),
  /** kubectl get pods' STATUS column. */
  status: z.string(),
  /** kubectl's READY column, `"n/m"`. */
  ready: z.string().regex(/^\d+\/\d+$/),
  /** kubectl's RESTARTS column (the number, without "(5m ago)"). */
  restarts: z.number().int().nonnegative(),
  /** When the most recent restart's previous container finished, the "(5m ago)" of kubectl. */
  lastRestartAt: timestamp.nullable(),
  /** Pod Ready condition. */
  conditionReady: z.boolean(),
  createdAt: timestamp,
  startedAt: timestamp.nullable(),
  podIP: z.string().nullable(),
  qosClass: z.string().nullable(),
  workload: WorkloadRefSchema,
  labels: z.record(z.string(), z.string()),
  containers: z.array(ContainerSchema),
});

/** One row of the seed's Pod一覧: a controller (or a static / bare pod) with its replica counts. */
export const WorkloadSchema = z.object({
  kind: WorkloadRefSchema.shape.kind,
  name: z.string(),
  /** Desired replicas (DaemonSet: desiredNumberScheduled; StaticPod/Pod: 1; CronJob: null). */
  desired: z.number().int().nullable(),
  /** Ready replicas as the controller reports them (StaticPod/Pod: 1 when ready). */
  ready: z.number().int(),
  /** Pods of this workload in the snapshot, by name. */
  pods: z.array(z.string()),
  /** Sum of the RESTARTS of its pods. */
  restarts: z.number().int().nonnegative(),
  images: z.array(z.string()),
  createdAt: timestamp,
  labels: z.record(z.string(), z.string()),
  /** Label selector as `k=v,k2=v2`, when the controller has matchLabels. */
  selector: z.string().nullable(),
});

export const NodeConditionSchema = z.object({
  type: z.string(),
  status: z.enum(['True', 'False', 'Unknown']),
  reason: z.string().nullable(),
  message: z.string().nullable(),
  since: timestamp.nullable(),
});

export const NodeSchema = z.object({
  name: z.string(),
  /** From `node-role.kubernetes.io/<role>` labels and the older `kubernetes.io/role` label, as kubectl reads them; empty for nodes without one (kubectl shows `<none>`). */
  roles: z.array(z.string()),
  ready: z.boolean(),
  unschedulable: z.boolean(),
  kubeletVersion: z.string(),
  /** `spec.providerID` (`aws:///…`, `gce://…`, `k3s://…`, `kind://…`): who runs the machine; null when unset or not captured. */
  providerID: z.string().nullable(),
  osImage: z.string(),
  kernelVersion: z.string(),
  containerRuntime: z.string(),
  architecture: z.string(),
  internalIP: z.string().nullable(),
  capacity: z.record(z.string(), z.string()),
  allocatable: z.record(z.string(), z.string()),
  conditions: z.array(NodeConditionSchema),
  taints: z.array(z.string()),
  createdAt: timestamp,
});

export const ServicePortSchema = z.object({
  name: z.string().nullable(),
  port: z.number().int(),
  protocol: z.string(),
  targetPort: z.string(),
  nodePort: z.number().int().nullable(),
});

export const ServiceSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  type: z.string(),
  clusterIP: z.string().nullable(),
  ports: z.array(ServicePortSchema),
  selector: z.record(z.string(), z.string()),
  createdAt: timestamp,
});

/** The endpoints behind one Service of the namespace, from its EndpointSlices. */
export const ServiceEndpointsSchema = z.object({
  /** The Service's name (the slices' `kubernetes.io/service-name` label). */
  service: z.string(),
  /** Endpoints ready to serve (`conditions.ready` true or unset, as kube-proxy counts them). */
  ready: z.number().int().nonnegative(),
  /** Endpoints present but not ready (failing readiness, or terminating). */
  notReady: z.number().int().nonnegative(),
  /** Each port the slices serve, with the ready endpoints behind it. */
  ports: z.array(z.object({ name: z.string().nullable(), port: z.number().int().nullable(), protocol: z.string(), ready: z.number().int().nonnegative() })),
  /** Pods behind the ready endpoints, by name. */
  readyPods: z.array(z.string()),
});

export const ConfigMapSchema = z.object({
  name: z.string(),
  keys: z.array(z.string()),
  /** Full text, only for keys on the allow-list (CoreDNS Corefile, kube-proxy config, ...). */
  data: z.record(z.string(), z.string()),
  createdAt: timestamp,
});

/** A Secret as its metadata shows it. Values are never requested, so they cannot be here. */
export const SecretSchema = z.object({
  name: z.string(),
  type: z.string(),
  keyCount: z.number().int().nonnegative(),
  labels: z.record(z.string(), z.string()),
  createdAt: timestamp,
});

export const LeaseSchema = z.object({
  name: z.string(),
  holder: z.string().nullable(),
  acquiredAt: timestamp.nullable(),
  renewedAt: timestamp.nullable(),
  durationSeconds: z.number().int().nullable(),
  transitions: z.number().int().nonnegative(),
});

export const EventSchema = z.object({
  type: z.string(),
  reason: z.string(),
  message: z.string(),
  object: z.object({ kind: z.string(), name: z.string() }),
  count: z.number().int().nonnegative(),
  firstSeen: timestamp.nullable(),
  lastSeen: timestamp.nullable(),
  source: z.string().nullable(),
});

export const SealedSecretSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  /** Whether the controller unsealed it (`Synced` condition), null when it has not said. */
  synced: z.boolean().nullable(),
  /** The Synced condition's message, when it failed. */
  message: z.string().nullable(),
  /** Names of the encrypted keys; the ciphertext is not kept. */
  keys: z.array(z.string()),
  createdAt: timestamp,
});

/** Facts from `kube-public/cluster-info`: what `kubeadm join` discovers. */
export const ClusterInfoSchema = z.object({
  server: z.string().nullable(),
  caSubject: z.string().nullable(),
  caNotAfter: timestamp.nullable(),
});

/** Where a certificate's facts come from. */
export const CertificateSourceSchema = z.enum([
  /** The API server's serving certificate, from a TLS handshake with the capture's server. */
  'api-server-tls',
  /** A node's kubelet serving certificate, from a TLS handshake with its kubelet port. */
  'kubelet-tls',
  /** The client certificate of the kubeconfig user the capture ran as. */
  'kubeconfig',
  /** A control-plane node's disk, from `kubeadm certs check-expiration -o json`. */
  'kubeadm',
  /** A k3s node's disk, from `k3s certificate check --output json`. */
  'k3s',
  /** The cluster CA in `kube-public/cluster-info`. */
  'cluster-info',
]);

/** Plain facts about one certificate: never a key, never the certificate itself. */
export const CertificateSchema = z.object({
  /** Stable across snapshots (`kubeadm/apiserver`, `kubelet/rpi-worker-1`), so history can follow it. */
  id: z.string(),
  source: CertificateSourceSchema,
  /** What it is, as its source names it: kubeadm's name (`apiserver`, `admin.conf`), a node, a kubeconfig user. */
  name: z.string(),
  /** Where it lives or was read: `https://192.168.1.10:6443`, `rpi-worker-1 192.168.1.11:10250`, a kubeconfig user. */
  location: z.string(),
  /** One line, `CN=kube-apiserver`; null when the source does not say (kubeadm's output). */
  subject: z.string().nullable(),
  issuer: z.string().nullable(),
  /** subjectAltName entries as node:crypto prints them (`DNS:kubernetes`, `IP Address:10.96.0.1`). */
  sans: z.array(z.string()),
  notBefore: timestamp.nullable(),
  /** Null only for a certificate kubeadm lists as missing from the disk, or k3s lists as not yet valid (it then prints notBefore). */
  notAfter: timestamp.nullable(),
  /** Signed by its own key (the kubelet's default serving certificate); null when unknown. */
  selfSigned: z.boolean().nullable(),
  /** A CA certificate (kubeadm's certificateAuthorities, or basicConstraints CA:TRUE). */
  isCA: z.boolean().nullable(),
  /** kubeadm: the CA that signed it (`ca`, `etcd-ca`, `front-proxy-ca`); k3s: its issuer's common name. */
  caName: z.string().nullable(),
  /** kubeadm: renewed outside kubeadm (its key is not on the disk). */
  externallyManaged: z.boolean().nullable(),
  /** kubeadm: listed, but not on the disk. */
  missing: z.boolean(),
});

/** One named check of `/readyz?verbose` or `/livez?verbose`. */
export const HealthCheckSchema = z.object({
  /** `etcd`, `poststarthook/start-apiextensions-controllers`, ... */
  name: z.string(),
  ok: z.boolean(),
  /** Listed as `excluded: ok` (skipped by `?exclude=`). */
  excluded: z.boolean(),
  /** The failure as the server gave it (`reason withheld` unless the reader may see more). */
  reason: z.string().nullable(),
});

/** The answer of one health endpoint. */
export const HealthEndpointSchema = z.object({
  /** The last line said `check passed` (and HTTP 200). */
  passed: z.boolean(),
  checks: z.array(HealthCheckSchema),
});

/** The API server's own checks; an endpoint it could not read is null with a gap (`readyz`, `livez`). */
export const ApiHealthSchema = z.object({
  readyz: HealthEndpointSchema.nullable(),
  livez: HealthEndpointSchema.nullable(),
});

export const ClusterSchema = z.object({
  /** The cluster's name: kubeadm's clusterName, else the kubeconfig's cluster name. */
  name: z.string(),
  /** API server URL as the capture reached it (or as the dump's cluster-info says). */
  server: z.string().nullable(),
  /** `/version` gitVersion (`v1.31.2`), else the newest kubelet version seen. */
  version: z.string().nullable(),
});

export const SnapshotSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  capturedAt: timestamp,
  /**
   * Where capturedAt comes from: `clock` (the capture's or import's own clock), `option` (`--captured-at`),
   * `dump` (inferred from the newest timestamp inside the imported kubectl dump).
   */
  capturedAtFrom: z.enum(['clock', 'option', 'dump']),
  /** `live` (from a cluster), `file` (from a kubectl dump), `example` (shipped with the project). */
  source: z.enum(['live', 'file', 'example']),
  cluster: ClusterSchema,
  namespace: z.string(),
  pods: z.array(PodSchema),
  workloads: z.array(WorkloadSchema),
  nodes: z.array(NodeSchema),
  services: z.array(ServiceSchema),
  /** Endpoints per Service of the namespace, by service name; empty with a gap when unread. */
  serviceEndpoints: z.array(ServiceEndpointsSchema),
  /** The `kubernetes` Service in `default`: the API's ClusterIP. */
  apiService: ServiceSchema.nullable(),
  configMaps: z.array(ConfigMapSchema),
  secrets: z.array(SecretSchema),
  leases: z.array(LeaseSchema),
  /** Recent Warning events of the namespace, newest first. */
  events: z.array(EventSchema),
  /** SealedSecrets in all namespaces; empty with a gap when the CRD is absent. */
  sealedSecrets: z.array(SealedSecretSchema),
  clusterInfo: ClusterInfoSchema.nullable(),
  /** Every certificate the snapshot learned, by id; what a source could not tell is a gap. */
  certificates: z.array(CertificateSchema),
  apiHealth: ApiHealthSchema,
  gaps: z.array(GapSchema),
});

export type Gap = z.infer<typeof GapSchema>;
export type WorkloadRef = z.infer<typeof WorkloadRefSchema>;
export type WorkloadKind = WorkloadRef['kind'];
export type Termination = z.infer<typeof TerminationSchema>;
export type Container = z.infer<typeof ContainerSchema>;
export type Pod = z.infer<typeof PodSchema>;
export type Workload = z.infer<typeof WorkloadSchema>;
export type NodeCondition = z.infer<typeof NodeConditionSchema>;
export type Node = z.infer<typeof NodeSchema>;
export type Service = z.infer<typeof ServiceSchema>;
export type ServiceEndpoints = z.infer<typeof ServiceEndpointsSchema>;
export type ConfigMap = z.infer<typeof ConfigMapSchema>;
export type Secret = z.infer<typeof SecretSchema>;
export type Lease = z.infer<typeof LeaseSchema>;
export type KubeEvent = z.infer<typeof EventSchema>;
export type SealedSecret = z.infer<typeof SealedSecretSchema>;
export type ClusterInfo = z.infer<typeof ClusterInfoSchema>;
export type Certificate = z.infer<typeof CertificateSchema>;
export type CertificateSource = Certificate['source'];
export type HealthCheck = z.infer<typeof HealthCheckSchema>;
export type HealthEndpoint = z.infer<typeof HealthEndpointSchema>;
export type ApiHealth = z.infer<typeof ApiHealthSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type SnapshotSource = Snapshot['source'];
export type CapturedAtFrom = Snapshot['capturedAtFrom'];
