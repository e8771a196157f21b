/**
 * mixinGroups on the pinned upstream libsonnet files, and on small edits of them: several groups in
 * one file, annotations as jsonnet formats them (`%s`, `%%`), and the one-line errors for what it
 * cannot read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mixinConfig, mixinGroups } from '../../src/snapshot/alerts/mixin-rules.ts';

const upstream = (name: string) => readFileSync(`test/fixtures/upstream-alerts/${name}`, 'utf8');
const COREDNS = upstream('coredns-mixin.coredns.libsonnet');
const FORWARD = upstream('coredns-mixin.forward.libsonnet');
const ETCD = upstream('etcd-mixin.alerts.libsonnet');
/** As corednsGroups puts it together: the config file, each alerts file's own defaults, and a selector. */
const CONFIG = { ...mixinConfig(upstream('coredns-mixin.config.libsonnet')), ...mixinConfig(COREDNS), ...mixinConfig(FORWARD), corednsSelector: 'job="coredns"' };
const ETCD_CONFIG = mixinConfig(upstream('etcd-mixin.config.libsonnet'));

/** `text` with `from` replaced once; fails the test if `from` is not in it. */
function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('mixinGroups', () => {
  it('reads a rule in full, its annotations sorted by key (upstream writes summary before description)', () => {
    const [coredns] = mixinGroups(COREDNS, CONFIG);
    expect(coredns!.rules[0]).toEqual({
      alert: 'CoreDNSDown',
      annotations: {
        description: 'CoreDNS has disappeared from Prometheus target discovery.',
        summary: 'CoreDNS has disappeared from Prometheus target discovery.',
      },
      expr: 'absent(up{job="coredns"} == 1)\n',
      for: '15m',
      labels: { severity: 'critical' },
    });
    expect(Object.keys(coredns!.rules[0]!.annotations)).toEqual(['description', 'summary']);
  });

  it('reads %% in an expression formatted with %(name)s as one %, as jsonnet does', () => {
    const edited = edit(ETCD, 'sum(up{%(etcd_selector)s} == bool 1)', 'sum(up{%(etcd_selector)s, note="100%%"} == bool 1)');
    const expr = mixinGroups(edited, ETCD_CONFIG).flatMap((group) => group.rules).find((rule) => rule.alert === 'etcdInsufficientMembers')!.expr;
    expect(expr).toContain('note="100%"} == bool 1)');
    expect(expr).not.toContain('%%');
  });

  it('keeps each group of a file to its own rules', () => {
    const groups = mixinGroups(`${COREDNS}\n${FORWARD}`, CONFIG);
    const alone = [...mixinGroups(COREDNS, CONFIG), ...mixinGroups(FORWARD, CONFIG)];
    expect(groups.map((g) => [g.name, g.rules.length])).toEqual([['coredns', 4], ['coredns_forward', 5]]);
    expect(groups).toEqual(alone);
  });

  it('finds an alert written without a space after alert: (valid jsonnet that jsonnetfmt would reformat)', () => {
    const [coredns] = mixinGroups(edit(COREDNS, "alert: 'CoreDNSLatencyHigh'", "alert:'CoreDNSLatencyHigh'"), CONFIG);
    expect(coredns!.rules.map((r) => r.alert)).toEqual(['CoreDNSDown', 'CoreDNSLatencyHigh', 'CoreDNSErrorsHigh', 'CoreDNSErrorsHigh']);
  });

  it("formats an annotation with % $._config as jsonnet does: %s is the value, %% a single %", () => {
    const rule = mixinGroups(ETCD, { ...ETCD_CONFIG, clusterLabel: 'job' })[0]!.rules.find((r) => r.alert === 'etcdHighNumberOfFailedGRPCRequests')!;
    expect(rule.annotations.description).toBe(
      'etcd cluster "{{ $labels.job }}": {{ $value }}% of requests for {{ $labels.grpc_method }} failed on etcd instance {{ $labels.instance }}.',
    );
  });

  it.each([
    ['expr:|||', "expr: |||\n              absent(up{%(corednsSelector)s} == 1)", "expr:|||\n              absent(up{%(corednsSelector)s} == 1)"],
    ['|||%$._config', "              absent(up{%(corednsSelector)s} == 1)\n            ||| % $._config,", "              absent(up{%(corednsSelector)s} == 1)\n            |||%$._config,"],
    ['annotations:{', "            annotations: {\n              summary: 'CoreDNS has disappeared", "            annotations:{\n              summary: 'CoreDNS has disappeared"],
  ])('reads %s without spaces (valid jsonnet that jsonnetfmt would reformat) as the upstream text', (_case, from, to) => {
    expect(mixinGroups(edit(COREDNS, from, to), CONFIG)).toEqual(mixinGroups(COREDNS, CONFIG));
  });

  it('reads format values written without a space after the colon, and a multiplier of two digits', () => {
    const membersDown = (text: string) => mixinGroups(text, ETCD_CONFIG)[0]!.rules.find((rule) => rule.alert === 'etcdMembersDown')!.expr;
    expect(membersDown(ETCD)).toContain('[120s]');
    expect(membersDown(edit(ETCD, 'network_failure_range: $._config.scrape_interval_seconds * 4 }', 'network_failure_range:$._config.scrape_interval_seconds * 4 }'))).toBe(membersDown(ETCD));
    expect(membersDown(edit(ETCD, 'scrape_interval_seconds * 4 }', 'scrape_interval_seconds * 10 }'))).toContain('[300s]');
  });

  it('skips blank lines, spaces only included, between annotations', () => {
    const spaced = edit(COREDNS, "              summary: 'CoreDNS has disappeared", "    \n              summary: 'CoreDNS has disappeared");
    expect(mixinGroups(spaced, CONFIG)).toEqual(mixinGroups(COREDNS, CONFIG));
  });

  it.each([
    [
      'an annotation formatted with a config value the config lacks',
      ETCD,
      {},
      'etcdMembersDown: no config value clusterLabel',
    ],
    [
      'a rule without annotations',
      edit(COREDNS, "            annotations: {\n              summary: 'CoreDNS has disappeared from Prometheus target discovery.',\n              description: 'CoreDNS has disappeared from Prometheus target discovery.',\n            },\n", ''),
      CONFIG,
      'CoreDNSDown: cannot read its annotations',
    ],
    [
      'an annotation that is not a quoted string',
      edit(COREDNS, "summary: 'CoreDNS is returning SERVFAIL.',", 'summary: std.format("%s", "SERVFAIL"),'),
      CONFIG,
      'CoreDNSErrorsHigh: cannot read the annotation line "summary: std.format("%s", "SERVFAIL"),"',
    ],
  ])('stops on %s, naming the alert', (_case, text, config, message) => {
    expect(() => mixinGroups(text, config)).toThrow(new Error(message));
  });
});
