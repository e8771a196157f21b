import { describe, expect, it } from 'vitest';
import type { ForHome } from '../../src/snapshot/cluster-shape.ts';
import { forHome } from '../../src/site/alerts/for-home.ts';

const items: (ForHome & { id: string })[] = [
  { id: 'all' },
  { id: 'static', on: ['static-pods'] },
  { id: 'k3s', on: ['embedded'] },
  { id: 'nodes', on: ['static-pods', 'embedded'] },
  { id: 'provider', on: ['managed'] },
];

describe('forHome', () => {
  it.each([
    ['static-pods', ['all', 'static', 'nodes']],
    ['embedded', ['all', 'k3s', 'nodes']],
    ['managed', ['all', 'provider']],
  ] as const)('%s keeps the items for every cluster and its own, unmarked', (home, ids) => {
    const shown = forHome(items, home);
    expect(shown.map((entry) => entry.item.id)).toEqual(ids);
    expect(shown.every((entry) => entry.onlyFor === null)).toBe(true);
  });

  it('an unknown home keeps every item, each limited one marked with the homes it is for', () => {
    expect(forHome(items, 'unknown').map((entry) => [entry.item.id, entry.onlyFor])).toEqual([
      ['all', null],
      ['static', ['static-pods']],
      ['k3s', ['embedded']],
      ['nodes', ['static-pods', 'embedded']],
      ['provider', ['managed']],
    ]);
  });
});
