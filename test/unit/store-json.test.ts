/**
 * stableJson's promise: exactly JSON.stringify's text with every object's keys sorted, two-space
 * indent and a trailing newline, whatever the value holds and however large it is. The writer builds
 * that text in chunks of about 64 KiB (so a 5,000-pod snapshot is never one string), which is checked
 * here through writeSnapshot's writeFile.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/snapshot/limits.ts';
import { stableJson, writeSnapshot } from '../../src/snapshot/store.ts';
import type { Snapshot } from '../../src/snapshot/schema.ts';
import { buildPod, seedSnapshot } from '../support/snapshot-builder.ts';

const chunks = vi.hoisted(() => ({ seen: [] as string[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof fs.writeFile = async (file, data, options) => {
    chunks.seen = [];
    for await (const chunk of data as Iterable<string>) chunks.seen.push(chunk);
    return fs.writeFile(file, chunks.seen.join(''), options);
  };
  return { ...fs, writeFile };
});

/** The expected text, written independently of store.ts: sort every object's keys, then one JSON.stringify. */
function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedDeep((value as Record<string, unknown>)[key])]));
  }
  return value;
}
const expected = (value: unknown) => `${JSON.stringify(sortedDeep(value), null, 2)}\n`;

describe('stableJson', () => {
  it.each([
    ['keys out of order at every level', { b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } }],
    ['objects and lists nested deeper than the levels it walks itself', { a: { b: { c: { d: { e: [1, { g: 2, f: [3, [4, 5]] }] } } } } }],
    ['null at the top levels and below', { a: null, b: [null, { c: null }], d: { e: null } }],
    ['a Date (its toJSON, not its keys)', { when: new Date(Date.UTC(2026, 10, 24, 9, 30)), list: [new Date(0)] }],
    ['empty objects and lists', { a: {}, b: [], c: [{}, []] }],
    ['a string with newlines and quotes', { text: 'line 1\nline "2"\n  indented', list: ['a\nb'] }],
  ])('matches JSON.stringify with sorted keys: %s', (_name, value) => {
    expect(stableJson(value)).toBe(expected(value));
  });

  it('leaves out what JSON.stringify leaves out of an object, and writes it as null in a list', () => {
    const value = { kept: 1, gone: undefined, fn: () => 1, sym: Symbol('s'), list: [undefined, () => 1, Symbol('s'), 2], nested: { gone: undefined, kept: 'x' } };
    expect(stableJson(value)).toBe('{\n  "kept": 1,\n  "list": [\n    null,\n    null,\n    null,\n    2\n  ],\n  "nested": {\n    "kept": "x"\n  }\n}\n');
    expect(stableJson(value)).toBe(expected(value));
  });

  it('writes an object whose fields are all left out as {}', () => {
    expect(stableJson({ a: { gone: undefined } })).toBe('{\n  "a": {}\n}\n');
  });

  it('puts integer-like keys first, as JSON.stringify of any object does', () => {
    expect(stableJson({ b: 1, 10: 'ten', a: 2, 2: 'two' })).toBe('{\n  "2": "two",\n  "10": "ten",\n  "a": 2,\n  "b": 1\n}\n');
  });

  it('gives the same text for a snapshot far larger than one chunk', () => {
    const snapshot = seedSnapshot({ pods: Array.from({ length: 600 }, (_, i) => buildPod({ name: `pod-${i}` })) });
    const text = stableJson(snapshot);
    expect(text.length).toBeGreaterThan(4 * 65_536);
    expect(text).toBe(expected(snapshot));
  });
});

describe('writeSnapshot: chunks', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kube-runbook-store-json-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes a large snapshot in chunks of at least 64 KiB (the last one smaller), never as one string', async () => {
    const snapshot: Snapshot = seedSnapshot({ pods: Array.from({ length: 600 }, (_, i) => buildPod({ name: `pod-${i}` })) });
    const target = await writeSnapshot(dir, snapshot, DEFAULT_LIMITS);
    const text = await readFile(target, 'utf8');
    expect(text).toBe(expected(snapshot));
    const sizes = chunks.seen.map((chunk) => chunk.length);
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.length).toBeLessThanOrEqual(Math.ceil(text.length / 65_536) + 1);
    expect(sizes.slice(0, -1).every((size) => size >= 65_536)).toBe(true);
    expect(sizes.at(-1)!).toBeLessThan(65_536 + 1);
  });

  it('names "the snapshot" when the over-long text is a key of the snapshot itself', async () => {
    const snapshot = { ['k'.repeat(40)]: 1, ...seedSnapshot() } as Snapshot;
    const error = await writeSnapshot(dir, snapshot, { ...DEFAULT_LIMITS, maxTextChars: 30 }).then(() => null, (caught: unknown) => caught as Error);
    expect(error!.message.replaceAll(dir, '<dir>')).toMatch(/^<dir>\/2026-11-24T09-30-00Z\.json: the snapshot has a key of 40 characters, which exceeds the limit of 30 characters/);
  });
});
