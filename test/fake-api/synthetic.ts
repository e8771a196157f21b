import type { KubeObject } from '../../src/snapshot/raw.ts';

/**
 * `count` pods shaped like a real DaemonSet/Deployment pod as the API returns it (managedFields,
 * tolerations, volumes, probes: about 5 KB of JSON each), for paging and memory benchmarks.
 */
export function syntheticPods(count: number, namespace = 'kube-system'): KubeObject[] {
  const ownerReferences = [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'synthetic', uid: 'uid-ds-synthetic', controller: true, blockOwnerDeletion: true }];
  const pods: KubeObject[] = [];
  for (let i = 0; i < count; i++) {
    const name = `synthetic-${String(i).padStart(5, '0')}`;
    const node = `worker-${i % 50}`;
    const image = 'registry.k8s.io/kube-proxy:v1.31.2';
    pods.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        generateName: 'synthetic-',
        namespace,
        uid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        resourceVersion: String(100000 + i),
        creationTimestamp: '2026-11-12T08:00:00Z',
        labels: { 'k8s-app': 'synthetic', 'controller-revision-hash': '6d4b9c8f7', 'pod-template-generation': '1' },
        ownerReferences,
        managedFields: [
          {
            manager: 'kube-controller-manager', operation: 'Update', apiVersion: 'v1', time: '2026-11-12T08:00:00Z', fieldsType: 'FieldsV1',
            fieldsV1: { 'f:metadata': { 'f:generateName': {}, 'f:labels': { '.': {}, 'f:controller-revision-hash': {}, 'f:k8s-app': {}, 'f:pod-template-generation': {} }, 'f:ownerReferences': { '.': {}, 'k:{"uid":"uid-ds-synthetic"}': {} } }, 'f:spec': { 'f:affinity': { '.': {}, 'f:nodeAffinity': { '.': {}, 'f:requiredDuringSchedulingIgnoredDuringExecution': {} } }, 'f:containers': { 'k:{"name":"main"}': { '.': {}, 'f:command': {}, 'f:env': {}, 'f:image': {}, 'f:imagePullPolicy': {}, 'f:name': {}, 'f:resources': {}, 'f:securityContext': { '.': {}, 'f:privileged': {} }, 'f:terminationMessagePath': {}, 'f:terminationMessagePolicy': {}, 'f:volumeMounts': {} } }, 'f:dnsPolicy': {}, 'f:enableServiceLinks': {}, 'f:hostNetwork': {}, 'f:nodeSelector': {}, 'f:priorityClassName': {}, 'f:restartPolicy': {}, 'f:schedulerName': {}, 'f:securityContext': {}, 'f:serviceAccount': {}, 'f:serviceAccountName': {}, 'f:terminationGracePeriodSeconds': {}, 'f:tolerations': {}, 'f:volumes': {} } },
          },
          {
            manager: 'kubelet', operation: 'Update', apiVersion: 'v1', time: '2026-11-12T08:00:05Z', fieldsType: 'FieldsV1', subresource: 'status',
            fieldsV1: { 'f:status': { 'f:conditions': { 'k:{"type":"ContainersReady"}': { '.': {}, 'f:lastProbeTime': {}, 'f:lastTransitionTime': {}, 'f:status': {}, 'f:type': {} }, 'k:{"type":"Initialized"}': { '.': {}, 'f:lastProbeTime': {}, 'f:lastTransitionTime': {}, 'f:status': {}, 'f:type': {} }, 'k:{"type":"Ready"}': { '.': {}, 'f:lastProbeTime': {}, 'f:lastTransitionTime': {}, 'f:status': {}, 'f:type': {} } }, 'f:containerStatuses': {}, 'f:hostIP': {}, 'f:phase': {}, 'f:podIP': {}, 'f:podIPs': { '.': {}, 'k:{"ip":"192.168.1.20"}': { '.': {}, 'f:ip': {} } }, 'f:startTime': {} } },
          },
        ],
      },
      spec: {
        volumes: [
          { name: 'kube-proxy', configMap: { name: 'kube-proxy', defaultMode: 420 } },
          { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
          { name: 'lib-modules', hostPath: { path: '/lib/modules', type: '' } },
          { name: 'kube-api-access', projected: { sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }, { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } }], defaultMode: 420 } },
        ],
        containers: [{
          name: 'main',
          image,
          command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', `--hostname-override=${node}`],
          env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }],
          resources: { requests: { cpu: '10m', memory: '32Mi' } },
          volumeMounts: [
            { name: 'kube-proxy', mountPath: '/var/lib/kube-proxy' },
            { name: 'xtables-lock', mountPath: '/run/xtables.lock' },
            { name: 'lib-modules', readOnly: true, mountPath: '/lib/modules' },
            { name: 'kube-api-access', readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' },
          ],
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          imagePullPolicy: 'IfNotPresent',
          securityContext: { privileged: true },
        }],
        restartPolicy: 'Always',
        terminationGracePeriodSeconds: 30,
        dnsPolicy: 'ClusterFirst',
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        serviceAccountName: 'kube-proxy',
        serviceAccount: 'kube-proxy',
        nodeName: node,
        hostNetwork: true,
        securityContext: {},
        schedulerName: 'default-scheduler',
        tolerations: [{ operator: 'Exists' }, { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' }],
        priorityClassName: 'system-node-critical',
        priority: 2000001000,
        enableServiceLinks: true,
        preemptionPolicy: 'PreemptLowerPriority',
      },
      status: {
        phase: 'Running',
        conditions: [
          { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: '2026-11-12T08:00:01Z' },
          { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: '2026-11-12T08:00:05Z' },
          { type: 'ContainersReady', status: 'True', lastProbeTime: null, lastTransitionTime: '2026-11-12T08:00:05Z' },
          { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: '2026-11-12T08:00:00Z' },
        ],
        hostIP: '192.168.1.20',
        podIP: '192.168.1.20',
        podIPs: [{ ip: '192.168.1.20' }],
        startTime: '2026-11-12T08:00:01Z',
        containerStatuses: [{
          name: 'main',
          state: { running: { startedAt: '2026-11-12T08:00:04Z' } },
          lastState: i % 7 === 0 ? { terminated: { exitCode: 2, reason: 'Error', startedAt: '2026-11-12T08:00:02Z', finishedAt: '2026-11-12T08:00:03Z', containerID: 'containerd://0' } } : {},
          ready: true,
          restartCount: i % 7 === 0 ? 1 : 0,
          image,
          imageID: 'registry.k8s.io/kube-proxy@sha256:0000000000000000000000000000000000000000000000000000000000000000',
          containerID: `containerd://${String(i).padStart(64, '0')}`,
          started: true,
        }],
        qosClass: 'Burstable',
      },
    });
  }
  return pods;
}
