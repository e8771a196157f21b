import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue, parseSnapshotText } from '../../src/snapshot/parse.ts';
import { jsonProblem } from '../../src/snapshot/errors.ts';
import { SnapshotSchema } from '../../src/snapshot/schema.ts';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be rejected');
  return result.error.issues;
};

describe('describeIssue', () => {
  it('has no path in front of a problem with the whole value', () => {
    expect(describeIssue(issuesOf(SnapshotSchema, null))).toBe('Invalid input: expected object, received null');
  });

  it('puts the path in front of a problem with one field', () => {
    expect(describeIssue(issuesOf(z.object({ restarts: z.number() }), { restarts: '7' }))).toBe('restarts: Invalid input: expected number, received string');
  });

  it('counts one further problem in the singular and more in the plural', () => {
    const pair = z.object({ a: z.number(), b: z.number() });
    const triple = z.object({ a: z.number(), b: z.number(), c: z.number() });
    expect(describeIssue(issuesOf(pair, {}))).toBe('a: Invalid input: expected number, received undefined (and 1 more problem)');
    expect(describeIssue(issuesOf(triple, {}))).toBe('a: Invalid input: expected number, received undefined (and 2 more problems)');
  });
});

describe('jsonProblem: V8 quotes the whole input when it is a bare JavaScript value', () => {
  // `JSON.stringify(undefined)` is undefined, and a script that writes it to a file writes the word `undefined`.
  it.each([
    ['undefined', '… is not valid JSON'],
    ['NaN', '… is not valid JSON'],
    ['Infinity', '… is not valid JSON'],
  ])('replaces the quoted %s with an ellipsis', (text, problem) => {
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (caught) {
      error = caught;
    }
    expect(jsonProblem(error)).toBe(problem);
  });

  it('names the file, not its text', () => {
    expect(() => parseSnapshotText('undefined', 'snapshots/x.json')).toThrow(
      /^snapshots\/x\.json: not valid JSON \(… is not valid JSON\); capture it again or remove it$/,
    );
  });

  it('replaces every quoted string, escaped quotes included, and keeps only the first line', () => {
    const error = new SyntaxError('"ab\\"cd" and "x" are not "valid"\nsecond line "hunter2"');
    expect(jsonProblem(error)).toBe('… and … are not …');
  });
});
