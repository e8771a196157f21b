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

describe('longText at the limit', () => {
  it('allows a string or key of exactly maxChars and reports one char more', () => {
    expect(longText({ name: 'x'.repeat(25), ['k'.repeat(25)]: 'v' }, 25)).toBeNull();
    expect(longText({ name: 'x'.repeat(26) }, 25)).toEqual({ path: 'name', length: 26, key: false });
    expect(longText({ labels: { ['k'.repeat(26)]: 'v' } }, 25)).toEqual({ path: 'labels', length: 26, key: true });
  });

  it('shows a key of exactly 60 characters in full in the path, and cuts one of 61', () => {
    const key60 = `${'k'.repeat(58)}.x`.padEnd(60, 'y');
    const key61 = `${key60}z`;
    expect(longText({ labels: { [key60]: 'v'.repeat(300) } }, 200)).toEqual({ path: `labels["${key60}"]`, length: 300, key: false });
    expect(longText({ labels: { [key61]: 'v'.repeat(300) } }, 200)).toEqual({ path: `labels["${key60}…"]`, length: 300, key: false });
  });
});
