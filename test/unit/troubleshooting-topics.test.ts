import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, TROUBLESHOOTING_TOPICS } from '../../src/snapshot/findings.ts';

/** The `## Heading \{#id}` sections of the troubleshooting page, by id. */
const sections = [...readFileSync('src/content/docs/troubleshooting.mdx', 'utf8').matchAll(/^## .*\\\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]);

describe('troubleshooting topics', () => {
  it('reads the page\'s sections', () => {
    expect(sections.length).toBeGreaterThanOrEqual(13);
    expect(sections).toContain('restarts');
  });

  it.each(RULES.flatMap((rule) => rule.topics.map((topic) => [rule.id, topic] as const)))('rule %s links to a section #%s that exists', (_rule, topic) => {
    expect(sections).toContain(topic);
  });

  it('lists each topic once, every one a rule links to', () => {
    expect(new Set(TROUBLESHOOTING_TOPICS).size).toBe(TROUBLESHOOTING_TOPICS.length);
    expect([...TROUBLESHOOTING_TOPICS].sort()).toEqual([...new Set(RULES.flatMap((rule) => rule.topics))].sort());
  });
});
