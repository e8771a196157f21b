import { describe, expect, it } from 'vitest';
import AlertRunbook from '../../src/site/alerts/AlertRunbook.astro';
import { ALERTS, type AlertName } from '../../src/snapshot/alerts/catalogue.ts';
import { shapeSnapshot, type ShapeFixture } from '../support/shape-fixtures.ts';
import { seedSnapshot, withPods } from '../support/snapshot-builder.ts';
import { liveOf, markupOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const alert = (name: AlertName) => ALERTS.find((a) => a.name === name)!;
const example = liveOf([seedSnapshot()], NOW);
/** A managed cluster's kube-system: no control-plane pods (EKS, GKE, AKS, k3s). */
const managed = liveOf([withPods(seedSnapshot(), (pods) => pods.filter((pod) => pod.workload.kind !== 'StaticPod'))], NOW);

describe('AlertRunbook', () => {
  it.each(ALERTS.map((a) => [a.name, a] as const))('%s renders its four parts for the example and a managed cluster', async (_name, a) => {
    for (const live of [example, managed]) {
      const text = textOf(await render(AlertRunbook, { alert: a, live }));
      for (const heading of ['意味', '影響', 'このクラスタの今の状態', '診断', '対処', '関連するページ']) expect(text).toContain(heading);
    }
  });

  it('shows the etcd static pod of the example cluster on etcdNoLeader, with the upstream rule group and commit', async () => {
    const text = textOf(await render(AlertRunbook, { alert: alert('etcdNoLeader'), live: example }));
    expect(text).toContain('上流のルールグループ etcd(etcd-io/etcd ee043b3)');
    expect(text).toContain('タイプ Static Pod (マニフェスト: /etc/kubernetes/manifests/etcd.yaml) ノード rpi-master-1');
    expect(text).toContain('kubectl -n kube-system get pods -l component=etcd -o wide');
    expect(text).not.toContain('状態が不明です');
  });

  it('says 不明 when a managed cluster shows no etcd pod, instead of an empty table', async () => {
    const text = textOf(await render(AlertRunbook, { alert: alert('etcdNoLeader'), live: managed }));
    expect(text).toContain('このスナップショットには etcd の Pod がありません。');
    expect(text).toContain('ここからは状態が不明です');
    expect(text).not.toContain('/etc/kubernetes/manifests/etcd.yaml');
  });

  it('links a CoreDNS alert to the DNS troubleshooting section and the CoreDNS page', async () => {
    const html = await render(AlertRunbook, { alert: alert('CoreDNSErrorsHigh'), live: example });
    expect(html).toMatch(/<a href="\/troubleshooting\/#dns"[^>]*>対処の手順/);
    expect(html).toMatch(/<a href="\/coredns\/"[^>]*>CoreDNS<\/a>/);
    expect(textOf(html)).toContain('SERVFAIL');
  });

  it('embeds the label targets as an escaped attribute, never as markup', async () => {
    const planted = withPods(seedSnapshot(), (pods) => [...pods, { ...pods[0]!, name: 'x"><script>alert(1)</script>' }]);
    const html = await render(AlertRunbook, { alert: alert('KubePodCrashLooping'), live: liveOf([planted], NOW) });
    expect(html).toContain('data-alert-labels');
    expect(markupOf(html)).not.toContain('<script>alert(1)');
  });

  describe("follows the cluster's distribution", () => {
    const shaped = async (name: ShapeFixture) => liveOf([await shapeSnapshot(name)], '2026-11-28T00:00:00Z');
    const page = async (name: AlertName, live: Awaited<ReturnType<typeof shaped>>) => textOf(await render(AlertRunbook, { alert: alert(name), live }));
    const controlPlaneAlerts = ALERTS.filter((a) => ['kube-apiserver', 'etcd', 'kube-controller-manager', 'kube-scheduler'].includes(a.component)).map((a) => a.name);

    it.each(['eks', 'gke'] as const)('%s: no control-plane alert page sends the reader to a node, a static pod or kubeadm paths', async (name) => {
      const live = await shaped(name);
      for (const alertName of controlPlaneAlerts) {
        const text = await page(alertName, live);
        expect(text, alertName).not.toMatch(/\/etc\/kubernetes|\bssh\b|crictl|component=(etcd|kube-)|journalctl|Static Pod を再起動|【/);
      }
      const apiDown = await page('KubeAPIDown', live);
      expect(apiDown).toContain(name === 'eks' ? 'aws eks describe-cluster --name <クラスタ名> --query cluster.status' : 'gcloud container clusters describe <クラスタ名>');
      expect(apiDown).not.toContain(name === 'eks' ? 'gcloud' : 'aws eks');
      expect(apiDown).toContain(`このクラスタ(${name === 'eks' ? 'Amazon EKS' : 'Google Kubernetes Engine'}(マネージド))には kube-apiserver の Pod がありません。`);
      expect(await page('KubeControllerManagerDown', live)).toContain('kubeControllerManager.enabled: false と defaultRules.rules.kubeControllerManager: false');
    });

    it('eks: a kubelet alert reaches the node through kubectl debug, not ssh', async () => {
      const text = await page('KubeletDown', await shaped('eks'));
      expect(text).toContain('kubectl debug node/<ノード名> -it --image=busybox chroot /host journalctl -u kubelet');
      expect(text).not.toMatch(/\bssh\b|systemctl status kubelet/);
    });

    it('k3s: etcd and API server alerts give k3s commands on a server node, none of kubeadm', async () => {
      const live = await shaped('k3s');
      const etcd = await page('etcdNoLeader', live);
      expect(etcd).toContain('ssh k3s-server-1 sudo journalctl -u k3s --since "1 hour ago" | grep -iE \'etcd|raft|fsync|slow\'');
      expect(etcd).toContain('kubectl get nodes -l node-role.kubernetes.io/etcd=true -o wide');
      expect(etcd).toContain('sudo k3s etcd-snapshot save');
      expect(etcd).toContain('k3s のデータストア: k3s の組み込み etcd(etcd ロールのノードがある)。');
      const api = await page('KubeAPIDown', live);
      expect(api).toContain('ssh k3s-server-1 sudo journalctl -u k3s --since "1 hour ago" sudo systemctl status k3s');
      expect(api).toContain('/var/lib/rancher/k3s/server/tls/');
      for (const text of [etcd, api, await page('KubeSchedulerDown', live), await page('KubeProxyDown', live)]) {
        expect(text).not.toMatch(/\/etc\/kubernetes|crictl|component=(etcd|kube-)|aws eks|gcloud|【/);
      }
      expect(await page('KubeProxyDown', live)).toContain('sudo journalctl -u k3s-agent');
      expect(await page('KubeletDown', live)).toContain('sudo journalctl -u k3s-agent');
    });

    it('kind: static pods, reached with docker exec into the node container', async () => {
      const text = await page('KubeAPIDown', await shaped('kind'));
      expect(text).toContain('docker exec -it kind-control-plane bash sudo crictl ps -a --name kube-apiserver');
      expect(text).toContain('/etc/kubernetes/manifests/kube-apiserver.yaml');
      expect(text).not.toMatch(/journalctl -u k3s|aws eks|\bssh\b/);
    });

    it('kubeadm (the example): ssh to the control-plane node and the static pod manifest, nothing of k3s or a provider', async () => {
      const text = await page('KubeAPIDown', example);
      expect(text).toContain('ssh rpi-master-1 sudo crictl ps -a --name kube-apiserver');
      expect(text).toContain('/etc/kubernetes/manifests/kube-apiserver.yaml');
      expect(text).toContain('Static Pod を再起動する');
      expect(text).not.toMatch(/k3s|aws eks|gcloud|az aks|【/);
    });

    it('an unknown shape: every kind of step, each marked with the clusters it is for', async () => {
      const html = await render(AlertRunbook, { alert: alert('KubeAPIDown'), live: managed });
      const text = textOf(html);
      expect(text).toContain('コントロールプレーンの動き方(Static Pod・k3s・マネージド)が分からないため');
      expect(text).toContain('【対象: Static Pod のコントロールプレーン(kubeadm・kind・minikube)】kubeadm のクラスタではマニフェスト /etc/kubernetes/manifests/kube-apiserver.yaml');
      expect(text).toContain('【対象: k3s】server ノードで k3s のサービス');
      expect(text).toContain('【対象: マネージド(EKS・GKE・AKS)】事業者の CLI でコントロールプレーンの状態を見る');
      expect(text).toMatch(/# EKS aws eks describe-cluster .* # GKE gcloud container clusters describe .* # AKS az aks show /);
      expect(text).toContain('API サーバーが応答するか確かめる ターミナルウィンドウ kubectl get --raw=\'/readyz?verbose\'');
    });
  });
});
