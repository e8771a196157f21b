import { describe, expect, it } from 'vitest';
import { ApiError, BadAnswerError, TransportError, oneLine } from '../../src/snapshot/capture/failures.ts';

describe('capture errors', () => {
  it('carry their class name, which a stack trace or String(error) shows', () => {
    expect(String(new ApiError(403, 'pods is forbidden'))).toBe('ApiError: pods is forbidden');
    expect(String(new TransportError('refused', 'connect ECONNREFUSED 10.0.0.1:6443'))).toBe('TransportError: connect ECONNREFUSED 10.0.0.1:6443');
    expect(String(new BadAnswerError('no Table for secrets'))).toBe('BadAnswerError: no Table for secrets');
  });
});

describe('oneLine', () => {
  it('joins lines and runs of white space into single spaces and trims the ends', () => {
    expect(oneLine('\n  etcdserver:\trequest timed out\r\n\n')).toBe('etcdserver: request timed out');
  });

  it('keeps a line of exactly `max` characters and cuts a longer one to `max`, ending in …', () => {
    expect(oneLine('a'.repeat(200))).toBe('a'.repeat(200));
    expect(oneLine('a'.repeat(201))).toBe(`${'a'.repeat(199)}…`);
    expect(oneLine('abcdef', 5)).toBe('abcd…');
    expect(oneLine('abcde', 5)).toBe('abcde');
  });

  it('cuts after joining, so white space does not count twice', () => {
    expect(oneLine(`  ${'word '.repeat(3)}  `, 14)).toBe('word word word');
  });
});
