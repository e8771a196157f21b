import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findingsPrometheus } from '../../src/site/findings-export.ts';
import { liveFrom } from '../../src/site/live-data.ts';
import { promtool } from '../support/promtool.ts';
import { patchPod, seedSnapshot } from '../support/snapshot-builder.ts';

describe('docs/monitoring rules', () => {
  it('the PrometheusRule holds exactly the groups of the rule file promtool checks', () => {
    const rules = parse(readFileSync('docs/monitoring/findings.rules.yaml', 'utf8'));
    const manifest = parse(readFileSync('docs/monitoring/prometheusrule.yaml', 'utf8'));
    expect(manifest.kind).toBe('PrometheusRule');
    expect(manifest.spec).toEqual(rules);
  });

  it('promtool check rules accepts the rule file', () => {
    const result = promtool(['check', 'rules', 'findings.rules.yaml']);
    expect(result.stdout + result.stderr).toContain('SUCCESS: 3 rules found');
    expect(result.status).toBe(0);
  });

  it('promtool test rules: a critical finding fires with the troubleshooting section as runbook_url', () => {
    const result = promtool(['test', 'rules', 'findings.rules.test.yaml']);
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });
});

describe('the findings metrics', () => {
  const live = liveFrom([seedSnapshot({ capturedAt: '2026-11-23T09:30:00Z' }), patchPod(seedSnapshot(), 'kube-controller-manager-rpi-master-1', { restarts: 392 })], new Date('2026-11-25T00:00:00Z'));
  const text = findingsPrometheus(live.latest!, { active: live.findings, silenced: live.silenced });

  it('pass promtool check metrics', () => {
    const result = promtool(['check', 'metrics'], text);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('carry one series per finding and the capture time', () => {
    expect(text).toContain('kube_runbook_finding{cluster="rpi-cluster",namespace="kube-system",rule="restarts-high",severity="critical",kind="Pod",subject="kube-controller-manager-rpi-master-1",topic="restarts"} 1');
    expect(text).toContain('kube_runbook_findings{cluster="rpi-cluster",severity="info"} 0');
    expect(text).toContain(`kube_runbook_snapshot_captured_timestamp_seconds{cluster="rpi-cluster"} ${Date.parse('2026-11-24T09:30:00Z') / 1000}`);
  });

  it('escape a quote, a backslash and a line feed in label values', () => {
    const odd = seedSnapshot({ cluster: { ...seedSnapshot().cluster, name: 'a"b\\c\nd' } });
    const out = findingsPrometheus(odd, { active: [], silenced: [] });
    expect(out).toContain('cluster="a\\"b\\\\c\\nd"');
    expect(promtool(['check', 'metrics'], out).status).toBe(0);
  });
});

