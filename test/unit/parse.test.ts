import { describe, expect, it } from 'vitest';
import { describeIssue, parseSnapshot, parseSnapshotText } from '../../src/snapshot/parse.ts';

describe('parseSnapshot', () => {
  it('names the file and the field path of the first problem', () => {
    expect(() => parseSnapshot({ schemaVersion: 2, capturedAt: 'yesterday' }, 'snapshots/x.json')).toThrowErrorMatchingInlineSnapshot(`[RunbookError: snapshots/x.json: capturedAt: Invalid ISO datetime (and 15 more problems); fix the file or capture it again with npm run snapshot]`);
  });

  it('rejects a schemaVersion newer than the code knows', () => {
    expect(() => parseSnapshot({ schemaVersion: 99 }, 'snapshots/x.json')).toThrowErrorMatchingInlineSnapshot(`[RunbookError: snapshots/x.json: schemaVersion: 99 is newer than this kube-runbook knows (3); update kube-runbook or remove the file]`);
  });

  it('rejects a file that is not JSON', () => {
    expect(() => parseSnapshotText('{"schemaVersion": 1,', 'snapshots/x.json')).toThrowErrorMatchingInlineSnapshot(`[RunbookError: snapshots/x.json: not valid JSON (Expected double-quoted property name in JSON at position 20 (line 1 column 21)); capture it again or remove it]`);
  });

  it('does not echo the text around an unexpected token', () => {
    expect(() => parseSnapshotText('{"schemaVersion": 1, "capturedAt": HIDDEN-TEXT}', 'snapshots/x.json')).toThrowErrorMatchingInlineSnapshot(`[RunbookError: snapshots/x.json: not valid JSON (unexpected character 'H'); capture it again or remove it]`);
  });
});

describe('describeIssue', () => {
  it('says `invalid` for a failure without issues, rather than an empty message', () => {
    expect(describeIssue([])).toBe('invalid');
  });
});
