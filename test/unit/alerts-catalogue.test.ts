import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALERTS, alertPath, alertsOfRuleGroup } from '../../src/snapshot/alerts/catalogue.ts';

const dir = 'test/fixtures/upstream-alerts';
const read = (file: string) => readFileSync(`${dir}/${file}`, 'utf8');
const unique = (names: string[]) => [...new Set(names)];

type RuleFile = { spec: { groups: { name: string; rules: { alert?: string; annotations?: Record<string, string> }[] }[] } };

/** Alert names by rule group, from a generated PrometheusRule manifest. */
function fromManifest(file: string): Map<string, { name: string; runbookUrl?: string }[]> {
  const groups = (parse(read(file)) as RuleFile).spec.groups;
  return new Map(groups.map((g) => [g.name, g.rules.filter((r) => r.alert).map((r) => ({ name: r.alert!, runbookUrl: r.annotations?.runbook_url }))]));
}

/** Alert names of a mixin's libsonnet (`alert: 'Name'`), in order. */
const fromLibsonnet = (file: string) => unique([...read(file).matchAll(/alert: '(\w+)'/g)].map((m) => m[1]!));

const kubePrometheus = new Map([
  ...fromManifest('kube-prometheus.kubernetesControlPlane-prometheusRule.yaml'),
  ...fromManifest('kube-prometheus.kubePrometheus-prometheusRule.yaml'),
]);

const catalogued = (group: string) => alertsOfRuleGroup(group).map((a) => a.name);

describe('alert catalogue against the upstream rule files', () => {
  it.each([
    'kubernetes-apps',
    'kubernetes-system',
    'kube-apiserver-slos',
    'kubernetes-system-apiserver',
    'kubernetes-system-kubelet',
    'kubernetes-system-scheduler',
    'kubernetes-system-controller-manager',
    'general.rules',
  ])('kube-prometheus group %s: every alert, same names, same order', (group) => {
    const upstream = kubePrometheus.get(group);
    expect(upstream, `group ${group} in the manifest`).toBeDefined();
    expect(catalogued(group)).toEqual(unique(upstream!.map((r) => r.name)));
  });

  it.each([...kubePrometheus.entries()].filter(([g]) => catalogued(g).length > 0))(
    'group %s: upstream runbook_url ends with the path the site serves',
    (_group, rules) => {
      for (const rule of rules) {
        const alert = ALERTS.find((a) => a.name === rule.name)!;
        expect(`${rule.runbookUrl}/`).toBe(`https://runbooks.prometheus-operator.dev${alertPath(alert)}`);
      }
    },
  );

  it('kubernetes-system-kube-proxy: the names the mixin\'s templates build from componentName', () => {
    const component = read('kubernetes-mixin.kube_proxy.libsonnet').match(/componentName:: '(\w+)'/)![1];
    const suffixes = ['kubernetes-mixin.lib.absent_alert.libsonnet', 'kubernetes-mixin.lib.instance_unreachable_alert.libsonnet'].map(
      (file) => read(file).match(/alert: '%s(\w+)'/)![1],
    );
    expect(catalogued('kubernetes-system-kube-proxy')).toEqual(suffixes.map((suffix) => `${component}${suffix}`));
  });

  it('etcd mixin: every alert', () => {
    expect(catalogued('etcd')).toEqual(fromLibsonnet('etcd-mixin.alerts.libsonnet'));
  });

  it.each([
    ['coredns', 'coredns-mixin.coredns.libsonnet'],
    ['coredns_forward', 'coredns-mixin.forward.libsonnet'],
  ])('CoreDNS mixin group %s: every alert', (group, file) => {
    expect(catalogued(group)).toEqual(fromLibsonnet(file));
  });
});

describe('alert paths', () => {
  it('are unique and lower case, one per alert', () => {
    const paths = ALERTS.map(alertPath);
    expect(new Set(paths).size).toBe(ALERTS.length);
    for (const path of paths) expect(path).toMatch(/^\/runbooks\/(kubernetes|general|etcd|coredns)\/[a-z0-9]+\/$/);
  });

  it('counts per runbook group', () => {
    const counts = Object.fromEntries(['kubernetes', 'general', 'etcd', 'coredns'].map((g) => [g, ALERTS.filter((a) => a.runbookGroup === g).length]));
    expect(counts).toEqual({ kubernetes: 46, general: 3, etcd: 13, coredns: 7 });
  });
});
