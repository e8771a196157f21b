/** How free text and config text are bounded before redaction (redact/limits.ts), at the exact limits. */
import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_LENGTH, MAX_TEXT_LENGTH, bounded, tooLong, tooLongMarker } from '../../src/snapshot/redact/limits.ts';

describe('bounded', () => {
  it('keeps text of the limit length whole and cuts one character more, saying how much', () => {
    expect(bounded('abc', 3)).toBe('abc');
    expect(bounded('abcd', 3)).toBe('abc… [1 characters cut]');
    expect(bounded('x'.repeat(MAX_TEXT_LENGTH))).toBe('x'.repeat(MAX_TEXT_LENGTH));
    expect(bounded('x'.repeat(MAX_TEXT_LENGTH + 10))).toBe(`${'x'.repeat(4096)}… [10 characters cut]`);
  });
});

describe('tooLong', () => {
  it('parses config text of 16384 characters and refuses one more, saying why it is missing', () => {
    expect(MAX_CONFIG_LENGTH).toBe(16384);
    expect(tooLong('a'.repeat(16384))).toBe(false);
    expect(tooLong('a'.repeat(16385))).toBe(true);
    expect(tooLongMarker('a'.repeat(16385))).toBe('[not shown: 16385 characters, more than the 16384 kube-runbook parses]');
  });
});
