/**
 * The two passes over a `kubectl cluster-info dump` stream (dump-stream.ts) on small texts: log blocks
 * blanked to their line breaks, then the JSON documents split with their first lines.
 * test/unit/cluster-info-dump.test.ts runs them over a whole real dump.
 */
import { describe, expect, it } from 'vitest';
import { splitJsonDocuments, withoutLogBlocks } from '../../src/snapshot/dump-stream.ts';

const FILE = 'dump.txt';

/** A log block as kubectl prints it (clusterinfo_dump.go): START line, the log as it came, END line. */
function logBlock(container: string, pod: string, log: string): string {
  return `==== START logs for container ${container} of pod ${pod} ====\n${log}==== END logs for container ${container} of pod ${pod} ====\n`;
}

describe('withoutLogBlocks', () => {
  it('blanks each log block to its line breaks and keeps everything else', () => {
    const text = `{"kind":"PodList"}\n${logBlock('coredns', 'kube-system/coredns-1', 'a {\nb }\n')}{"kind":"EventList"}\n`;
    expect(withoutLogBlocks(text, FILE)).toBe('{"kind":"PodList"}\n\n\n\n\n{"kind":"EventList"}\n');
  });

  it('blanks a block on the first line after an empty one, and one whose END line ends the text without a line break', () => {
    const text = `\n${logBlock('etcd', 'kube-system/etcd-cp1', 'one\n')}{}\n${logBlock('coredns', 'kube-system/coredns-1', 'x\n').trimEnd()}`;
    expect(withoutLogBlocks(text, FILE)).toBe('\n\n\n\n{}\n\n\n');
  });

  it('names the line of a block cut short, counting the lines of the blocks before it', () => {
    const text = `{}\n${logBlock('etcd', 'kube-system/etcd-cp1', 'one\ntwo\n')}{}\n==== START logs for container kube-dns of pod kube-system/coredns-1 ====\nlog\n`;
    expect(() => withoutLogBlocks(text, FILE)).toThrow(
      'dump.txt: line 7: the logs of container kube-dns of pod kube-system/coredns-1 have no END line; the dump was cut short, run kubectl cluster-info dump again',
    );
  });
});

describe('splitJsonDocuments', () => {
  it('skips spaces, tabs, CRLF line ends and a byte order mark between documents', () => {
    const text = '\ufeff{"a":1}\r\n \t[1,\r\n2]\t\n\n  {"b":{}}';
    expect(splitJsonDocuments(text, FILE)).toEqual([
      { text: '{"a":1}', line: 1 },
      { text: '[1,\r\n2]', line: 2 },
      { text: '{"b":{}}', line: 5 },
    ]);
  });

  for (const [name, separator] of [['space', ' '], ['tab', '\t'], ['carriage return', '\r'], ['byte order mark', '\ufeff']]) {
    it(`takes a ${name} alone as white space`, () => {
      expect(splitJsonDocuments(`{}${separator}[]`, FILE)).toEqual([{ text: '{}', line: 1 }, { text: '[]', line: 1 }]);
    });
  }

  it('skips strings whole, escaped quotes and backslashes included', () => {
    const first = String.raw`{"log":"say \"}\" and \\","n":"\\"}`;
    expect(splitJsonDocuments(`${first}\n{"b":"]"}`, FILE)).toEqual([{ text: first, line: 1 }, { text: '{"b":"]"}', line: 2 }]);
  });

  it('ends a string at its closing quote only: a brace after its first character still belongs to it', () => {
    expect(splitJsonDocuments('{"msg":"x}"}\n{}', FILE)).toEqual([{ text: '{"msg":"x}"}', line: 1 }, { text: '{}', line: 2 }]);
  });

  it('gives a document that never closes, inside a string or not, up to the end of the text (JSON.parse then names the problem)', () => {
    expect(splitJsonDocuments('{}\n{"a":"cut', FILE)).toEqual([{ text: '{}', line: 1 }, { text: '{"a":"cut', line: 2 }]);
    expect(splitJsonDocuments('[1,\n{"a":2}', FILE)).toEqual([{ text: '[1,\n{"a":2}', line: 1 }]);
  });

  it('names the line of text between documents that is not one', () => {
    expect(() => splitJsonDocuments('{}\n\nWarning: v1 Event is deprecated\n{}', FILE)).toThrow(
      "dump.txt: line 3: expected a JSON document after the previous one, found other text; pass kubectl's output unchanged (kubectl cluster-info dump > FILE, without 2>&1)",
    );
  });
});
