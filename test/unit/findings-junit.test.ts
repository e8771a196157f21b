import { describe, expect, it } from 'vitest';
import { applyDecisions, NO_DECISIONS } from '../../src/snapshot/decisions.ts';
import { findings, FINDING_RULES } from '../../src/snapshot/findings.ts';
import type { Snapshot } from '../../src/snapshot/schema.ts';
import { findingsJunit, xmlText } from '../../src/site/findings-junit.ts';
import { buildHealth, seedSnapshot } from '../support/snapshot-builder.ts';
import { childrenNamed, parseXml, type XmlElement } from '../support/xml.ts';

const NOW = new Date('2026-11-25T09:30:00Z');
const report = (snapshot: Snapshot, failOn?: 'warning' | 'critical') =>
  parseXml(findingsJunit(snapshot, applyDecisions(findings(snapshot, null), NO_DECISIONS, NOW), failOn));
const suite = (root: XmlElement, rule: string) => childrenNamed(root, 'testsuite').find((s) => s.attributes.name === rule)!;

describe('findings as JUnit XML', () => {
  it('has one testsuite per rule, in the rules order, each with at least one testcase', () => {
    const root = report(seedSnapshot());
    expect(root.name).toBe('testsuites');
    expect(childrenNamed(root, 'testsuite').map((s) => s.attributes.name)).toEqual(FINDING_RULES);
    for (const s of childrenNamed(root, 'testsuite')) expect(childrenNamed(s, 'testcase').length).toBeGreaterThan(0);
    expect(childrenNamed(suite(root, 'oom-killed'), 'testcase').map((c) => c.attributes)).toEqual([{ classname: 'kube-runbook.oom-killed', name: '(no finding)' }]);
  });

  it('fails the findings at or above the gate only, and counts them in every total', () => {
    const root = report(seedSnapshot(), 'critical');
    const restarts = childrenNamed(suite(root, 'restarts-high'), 'testcase');
    expect(restarts.map((c) => c.attributes.name)).toEqual(['Pod/kube-controller-manager-rpi-master-1']);
    const [failure] = childrenNamed(restarts[0]!, 'failure');
    expect(failure!.attributes).toEqual({ type: 'critical', message: 'critical: kube-controller-manager-rpi-master-1 の再起動回数が多い' });
    expect(failure!.text).toContain('section: /troubleshooting/#restarts');
    const lease = childrenNamed(suite(root, 'lease-churn'), 'testcase')[0]!;
    expect([childrenNamed(lease, 'failure'), childrenNamed(lease, 'system-out')[0]!.text.split('\n')[0]]).toEqual([[], 'warning: リース kube-controller-manager のリーダー交代が多い']);
    expect([root.attributes.failures, suite(root, 'restarts-high').attributes.failures, suite(root, 'lease-churn').attributes.failures]).toEqual(['1', '1', '0']);
    expect(report(seedSnapshot(), 'warning').attributes.failures).toBe('2');
    expect(report(seedSnapshot()).attributes.failures).toBe('0');
    expect(Number(root.attributes.tests)).toBe(childrenNamed(root, 'testsuite').reduce((sum, s) => sum + childrenNamed(s, 'testcase').length, 0));
  });

  describe('a passing finding\'s system-out', () => {
    const TITLE_AND_EVIDENCE = 'warning: リース kube-controller-manager のリーダー交代が多い\nリーダー交代 388 回、現在の保持者 rpi-master-1_0f3c';
    const leaseOut = (silences: { rule: 'lease-churn'; subject: string; until: string; reason: string }[]) => {
      const snapshot = seedSnapshot();
      const root = parseXml(findingsJunit(snapshot, applyDecisions(findings(snapshot, null), { silences, severities: [] }, NOW), 'critical'));
      return childrenNamed(childrenNamed(suite(root, 'lease-churn'), 'testcase')[0]!, 'system-out')[0]!.text;
    };

    it('is the title, the evidence and the section, and nothing more', () => {
      expect(leaseOut([])).toBe(`${TITLE_AND_EVIDENCE}\nsection: /troubleshooting/#lease-churn`);
    });

    it('notes a silence that has expired under the evidence', () => {
      expect(leaseOut([{ rule: 'lease-churn', subject: 'Lease/kube-controller-manager', until: '2026-11-20', reason: 'upgrade week' }])).toBe(
        `${TITLE_AND_EVIDENCE}\nsilence expired 2026-11-20: upgrade week\nsection: /troubleshooting/#lease-churn`,
      );
    });
  });

  it('marks a silenced finding skipped with its reason and end date', () => {
    const snapshot = seedSnapshot();
    const decisions = { silences: [{ rule: 'restarts-high' as const, subject: 'Pod/kube-controller-manager-rpi-master-1', until: '2026-12-01', reason: 'known <flaky> & "tracked"' }], severities: [] };
    const root = parseXml(findingsJunit(snapshot, applyDecisions(findings(snapshot, null), decisions, NOW), 'critical'));
    const testcase = childrenNamed(suite(root, 'restarts-high'), 'testcase')[0]!;
    expect(childrenNamed(testcase, 'skipped')[0]!.attributes.message).toBe('silenced until 2026-12-01: known <flaky> & "tracked"');
    expect([root.attributes.failures, root.attributes.skipped]).toEqual(['0', '1']);
  });

  it('escapes cluster text so a parser reads it back unchanged, and replaces characters XML cannot carry', () => {
    const hostile = `etcd<&>"'\r\t\n]]>`;
    const snapshot = seedSnapshot({ apiHealth: { readyz: { passed: false, checks: [{ name: hostile, ok: false, excluded: false, reason: `</failure><x a='1'>\u0001\uD800` }] }, livez: buildHealth(['ping']) } });
    const xml = findingsJunit(snapshot, applyDecisions(findings(snapshot, null), NO_DECISIONS, NOW), 'critical');
    // An XML parser turns a literal tab or line feed in an attribute into a space (sax does not): they must be references.
    expect(xml).toContain('name="HealthCheck/readyz/etcd&lt;&amp;&gt;&quot;&apos;&#13;&#9;&#10;]]&gt;"');
    const root = parseXml(xml);
    const testcase = childrenNamed(suite(root, 'api-health-check-failing'), 'testcase')[0]!;
    expect(testcase.attributes.name).toBe(`HealthCheck/readyz/${hostile}`);
    expect(childrenNamed(testcase, 'failure')[0]!.text).toContain(`[-]${hostile}(</failure><x a='1'>\uFFFD\uFFFD)`);
  });

  it('writes the document exactly: XML declaration, the testsuites header, self-closing (no finding) cases, per-suite skipped counts, one final line feed', () => {
    const snapshot = seedSnapshot();
    const decisions = { silences: [{ rule: 'restarts-high' as const, subject: 'Pod/kube-controller-manager-rpi-master-1', until: '2026-12-01', reason: 'r' }], severities: [] };
    const xml = findingsJunit(snapshot, applyDecisions(findings(snapshot, null), decisions, NOW), 'critical');
    const lines = xml.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="kube-runbook findings rpi-cluster/kube-system" tests="16" failures="0" errors="0" skipped="1" timestamp="2026-11-24T09:30:00Z">',
      '  <testsuite name="restarts-high" tests="1" failures="0" errors="0" skipped="1" timestamp="2026-11-24T09:30:00Z">',
      '    <testcase classname="kube-runbook.restarts-high" name="Pod/kube-controller-manager-rpi-master-1"><skipped message="silenced until 2026-12-01: r"/></testcase>',
      '  </testsuite>',
      '  <testsuite name="restarts-climbing" tests="1" failures="0" errors="0" skipped="0" timestamp="2026-11-24T09:30:00Z">',
      '    <testcase classname="kube-runbook.restarts-climbing" name="(no finding)"/>',
      '  </testsuite>',
    ]);
    // A suite whose one case is an active finding skips nothing.
    expect(lines).toContain('  <testsuite name="lease-churn" tests="1" failures="0" errors="0" skipped="0" timestamp="2026-11-24T09:30:00Z">');
    expect(lines.slice(-3)).toEqual(['  </testsuite>', '</testsuites>', '']);
  });

  it.each([
    ['a&b', 'a&amp;b'],
    ['<x y="1">', '&lt;x y=&quot;1&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['tab\tand\nline', 'tab\tand\nline'],
    ['\u0000\u001F\uFFFE', '\uFFFD\uFFFD\uFFFD'],
    ['\uD83D\uDE00 kept, lone \uDC00 replaced', '\uD83D\uDE00 kept, lone \uFFFD replaced'],
  ])('xmlText(%j) is %j', (input, output) => {
    expect(xmlText(input)).toBe(output);
  });
});
