/** stackValues' chart-wide runbook link: the site URL with any trailing slashes dropped, then /runbooks. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stackValues } from '../../src/snapshot/alerts/runbook-url-rules.ts';

const runbookUrlOf = (siteUrl: string) => parse(stackValues([], siteUrl, '# source: test')).defaultRules.runbookUrl;

describe('stackValues: defaultRules.runbookUrl', () => {
  it.each([
    ['https://runbook.example', 'https://runbook.example/runbooks'],
    ['https://runbook.example/', 'https://runbook.example/runbooks'],
    ['https://runbook.example//', 'https://runbook.example/runbooks'],
    ['https://example.org/kube/', 'https://example.org/kube/runbooks'],
  ])('links %s to %s', (siteUrl, want) => {
    expect(runbookUrlOf(siteUrl)).toBe(want);
  });
});
