import { FLAGS, type AllowList } from './yaml-config.ts';

const EXTRA_VOLUMES: AllowList = { name: true, hostPath: true, mountPath: true, readOnly: true, pathType: true };
const COMPONENT: AllowList = { extraArgs: FLAGS, extraVolumes: EXTRA_VOLUMES, timeoutForControlPlane: true, certSANs: true };

/** kubeadm's ClusterConfiguration (v1beta3/v1beta4) fields the runbook may show. */
export const CLUSTER_CONFIGURATION: AllowList = {
  apiVersion: true, kind: true, kubernetesVersion: true, clusterName: true, controlPlaneEndpoint: true, certificatesDir: true,
  imageRepository: true, featureGates: true, encryptionAlgorithm: true, certificateValidityPeriod: true, caCertificateValidityPeriod: true,
  networking: { dnsDomain: true, podSubnet: true, serviceSubnet: true },
  dns: { imageRepository: true, imageTag: true, disabled: true },
  proxy: { disabled: true },
  etcd: {
    local: { dataDir: true, imageRepository: true, imageTag: true, serverCertSANs: true, peerCertSANs: true, extraArgs: FLAGS, extraEnvs: { name: true } },
    external: { endpoints: true, caFile: true, certFile: true, keyFile: true },
  },
  apiServer: COMPONENT,
  controllerManager: COMPONENT,
  scheduler: COMPONENT,
};

/** KubeletConfiguration fields the runbook may show (not staticPodURL/staticPodURLHeader, which carry tokens). */
export const KUBELET_CONFIGURATION: AllowList = {
  apiVersion: true, kind: true, address: true, port: true, readOnlyPort: true, healthzBindAddress: true, healthzPort: true,
  authentication: { anonymous: { enabled: true }, webhook: { enabled: true, cacheTTL: true }, x509: { clientCAFile: true } },
  authorization: { mode: true, webhook: { cacheAuthorizedTTL: true, cacheUnauthorizedTTL: true } },
  cgroupDriver: true, cgroupsPerQOS: true, clusterDNS: true, clusterDomain: true, containerRuntimeEndpoint: true, cpuManagerPolicy: true,
  cpuManagerReconcilePeriod: true, enforceNodeAllocatable: true, evictionHard: true, evictionSoft: true, evictionSoftGracePeriod: true,
  evictionPressureTransitionPeriod: true, failSwapOn: true, featureGates: true, fileCheckFrequency: true, hairpinMode: true,
  httpCheckFrequency: true, imageGCHighThresholdPercent: true, imageGCLowThresholdPercent: true, imageMinimumGCAge: true,
  kubeReserved: true, systemReserved: true, logging: true, maxPods: true, memorySwap: true, nodeStatusReportFrequency: true,
  nodeStatusUpdateFrequency: true, podPidsLimit: true, resolvConf: true, rotateCertificates: true, runtimeRequestTimeout: true,
  serializeImagePulls: true, serverTLSBootstrap: true, shutdownGracePeriod: true, shutdownGracePeriodCriticalPods: true,
  staticPodPath: true, streamingConnectionIdleTimeout: true, syncFrequency: true, tlsCertFile: true, tlsPrivateKeyFile: true,
  volumeStatsAggPeriod: true, containerLogMaxSize: true, containerLogMaxFiles: true, registryPullQPS: true, registryBurst: true,
  eventRecordQPS: true, eventBurst: true, providerID: true, imageMaximumGCAge: true, memoryThrottlingFactor: true,
  localStorageCapacityIsolation: true, topologyManagerPolicy: true, crashLoopBackOff: true,
};

/** KubeProxyConfiguration fields the runbook may show. */
export const KUBE_PROXY_CONFIGURATION: AllowList = {
  apiVersion: true, kind: true, bindAddress: true, bindAddressHardFail: true, clusterCIDR: true, configSyncPeriod: true,
  conntrack: true, detectLocal: true, detectLocalMode: true, enableProfiling: true, healthzBindAddress: true, hostnameOverride: true,
  iptables: true, ipvs: true, nftables: true, winkernel: true, metricsBindAddress: true, mode: true, nodePortAddresses: true,
  oomScoreAdj: true, portRange: true, showHiddenMetricsForVersion: true, showHiddenMetricsForAlphaGates: true, logging: true, featureGates: true,
  clientConnection: { acceptContentTypes: true, burst: true, contentType: true, kubeconfig: true, qps: true },
};
