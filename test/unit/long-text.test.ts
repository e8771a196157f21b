import { describe, expect, it } from 'vitest';
import { longText } from '../../src/snapshot/long-text.ts';

const LONG = 'x'.repeat(30);

describe('longText', () => {
  it('is null when every string and key is within the limit', () => {
    expect(longText({ pods: [{ name: 'abc', labels: { 'app.kubernetes.io/name': 'x' } }], n: 12345678901, ok: true, none: null }, 25)).toBeNull();
  });

  it.each([
    [{ pods: [{ name: 'a' }, { name: LONG }] }, { path: 'pods[1].name', length: 30, key: false }],
    [{ pods: [{ labels: { 'app.kubernetes.io/name': LONG } }] }, { path: 'pods[0].labels["app.kubernetes.io/name"]', length: 30, key: false }],
    [{ pods: [{ labels: { [LONG]: 'v' } }] }, { path: 'pods[0].labels', length: 30, key: true }],
    [[['x', LONG]], { path: '[0][1]', length: 30, key: false }],
    [{ [LONG]: 1 }, { path: '', length: 30, key: true }],
  ])('finds the first long one in %j', (value, expected) => {
    expect(longText(value, 25)).toEqual(expected);
  });

  it('cuts a long key in the path it gives', () => {
    const key = `${'k'.repeat(100)}.x`;
    expect(longText({ labels: { [key]: 'short' } }, 200)).toBeNull();
    expect(longText({ labels: { [key]: 'v'.repeat(300) } }, 200)).toEqual({ path: `labels["${'k'.repeat(60)}…"]`, length: 300, key: false });
  });
});
