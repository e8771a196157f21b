import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ALERTS, alertPath } from '../../src/snapshot/alerts/catalogue.ts';
import { mixinGroups, type MixinGroup } from '../../src/snapshot/alerts/mixin-rules.ts';
import { corednsGroups, etcdGroups, groupsOf, runbookUrlDocs, withRunbookUrls } from '../../src/snapshot/alerts/runbook-url-rules.ts';
import { promtool } from '../support/promtool.ts';

const UPSTREAM = 'test/fixtures/upstream-alerts';
const upstream = (name: string) => readFileSync(join(UPSTREAM, name), 'utf8');
const RULES = 'docs/monitoring/runbook-urls.rules.yaml';
const VALUES = 'docs/monitoring/runbook-urls.values.yaml';
const work = mkdtempSync(join(tmpdir(), 'runbook-urls-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('runbook_url rules for the alerts upstream leaves without a link', () => {
  it('are what npm run monitoring-rules makes from the pinned upstream files, byte for byte', () => {
    const docs = runbookUrlDocs(upstream);
    expect(Object.keys(docs)).toEqual([RULES, VALUES]);
    for (const [path, text] of Object.entries(docs)) expect(readFileSync(path, 'utf8'), `${path}: run npm run monitoring-rules`).toBe(text);
  });

  it('give every etcd and CoreDNS alert of the catalogue its page on the site, and nothing else', () => {
    const rules = groupsOf(readFileSync(RULES, 'utf8'), 'rules').flatMap((group) => group.rules);
    const mixinAlerts = ALERTS.filter((alert) => alert.source === 'etcd-mixin' || alert.source === 'coredns-mixin');
    expect([...new Set(rules.map((rule) => rule.alert))]).toEqual(mixinAlerts.map((alert) => alert.name));
    for (const rule of rules) {
      const alert = mixinAlerts.find((a) => a.name === rule.alert)!;
      expect(rule.annotations.runbook_url).toBe(`https://runbook.example${alertPath(alert)}`);
    }
  });

  it('the kube-prometheus-stack values hold the same groups, the chart-wide link and the chart etcd group switched off', () => {
    const values = parse(readFileSync(VALUES, 'utf8'));
    expect(values.defaultRules).toEqual({ runbookUrl: 'https://runbook.example/runbooks', rules: { etcd: false } });
    expect(groupsOf(readFileSync(VALUES, 'utf8'), 'values')).toEqual(groupsOf(readFileSync(RULES, 'utf8'), 'rules'));
    expect(groupsOf(readFileSync(RULES, 'utf8'), 'rules').map((group) => group.name)).toEqual(['etcd', 'coredns', 'coredns_forward']);
  });

  it('promtool check rules accepts the rule file', () => {
    const result = promtool(['check', 'rules', 'runbook-urls.rules.yaml']);
    expect(result.stdout + result.stderr).toContain('SUCCESS: 24 rules found');
    expect(result.status).toBe(0);
  });

  it('promtool test rules: etcdNoLeader, CoreDNSDown and a forward alert fire carrying the site page as runbook_url', () => {
    const result = promtool(['test', 'rules', 'runbook-urls.rules.test.yaml']);
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it("reads the etcd mixin as jsonnet renders it: upstream's own promtool tests pass on the rules it reads", () => {
    mkdirSync(join(work, 'manifests'), { recursive: true });
    writeFileSync(join(work, 'manifests/etcd-prometheusRules.yaml'), stringify({ groups: etcdGroups(upstream) }));
    copyFileSync(join(UPSTREAM, 'etcd-mixin.test.yaml'), join(work, 'test.yaml'));
    const result = promtool(['test', 'rules', 'test.yaml'], undefined, work);
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it('reads the CoreDNS mixin as jsonnet renders it: the same rules as monitoring-mixins.dev rendered from that commit', () => {
    const rendered = parse(upstream('coredns-mixin.rendered-alerts.yaml')) as { groups: MixinGroup[] };
    // The rendering holds add-runbook-links.libsonnet's runbook_url (upstream's dead link), which the reader leaves to withRunbookUrls.
    const withoutLinks = rendered.groups.map((group) => ({
      ...group,
      rules: group.rules.map((rule) => ({ ...rule, annotations: Object.fromEntries(Object.entries(rule.annotations).filter(([key]) => key !== 'runbook_url')) })),
    }));
    expect(corednsGroups(upstream)).toEqual(withoutLinks);
  });

  it.each([
    ['an expr that is not a formatted text block', "expr: 'up == 0',", "X: cannot read its expr (a ||| block formatted with % $._config or % { … })"],
    ['an unknown format value', 'expr: |||\n  up{%(nope)s}\n||| % $._config,', 'X: no value for %(nope)s; give it in the config'],
  ])('refuses %s, naming the alert', (_case, expr, message) => {
    const text = `{ groups+: [ { name: 'g', rules: [ {\n  alert: 'X',\n  ${expr}\n  'for': '1m',\n  labels: { severity: 'warning' },\n  annotations: {\n    summary: 's',\n  },\n} ] } ] }`;
    expect(() => mixinGroups(text, {})).toThrow(message);
  });
});

describe('withRunbookUrls', () => {
  const rule = (alert: string) => ({ alert, annotations: { summary: 's', description: 'd' }, expr: 'up == 0\n', for: '5m', labels: { severity: 'critical' } });

  it('links an alert to its page under the site address, trailing slashes dropped, annotations sorted', () => {
    const [group] = withRunbookUrls([{ name: 'etcd', rules: [rule('etcdNoLeader')] }], 'https://runbook.example//');
    const etcdNoLeader = ALERTS.find((a) => a.name === 'etcdNoLeader')!;
    expect(Object.entries(group!.rules[0]!.annotations)).toEqual([
      ['description', 'd'],
      ['runbook_url', `https://runbook.example${alertPath(etcdNoLeader)}`],
      ['summary', 's'],
    ]);
  });

  it('stops on an alert the site has no page for, naming the group, the alert and where pages are listed', () => {
    expect(() => withRunbookUrls([{ name: 'etcd', rules: [rule('etcdSomethingNew')] }], 'https://runbook.example')).toThrow(
      new Error('etcd/etcdSomethingNew: no page on the site (src/snapshot/alerts/catalogue.ts)'),
    );
  });
});
