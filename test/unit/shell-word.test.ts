/**
 * shellWord against real shells: each quoted value, pasted after a command in dash and bash, must
 * arrive as exactly one argument equal to the value, and nothing in it may run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quotedAt, shellWord } from '../../src/site/shell-word.ts';

const sandbox = mkdtempSync(join(tmpdir(), 'kube-runbook-shell-word-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** The arguments `shell` passes to printf for `line`, one per output record (NUL-separated). */
function argumentsIn(shell: string, line: string): string[] {
  // stdin not a socket: bash reads ~/.bashrc when it is (its remote-shell heuristic).
  const run = spawnSync(shell, ['-c', `printf '%s\\0' ${line}`], { cwd: sandbox, encoding: 'utf8', env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.split('\0').slice(0, -1);
}

const HOSTILE = [
  '$(touch pwned)',
  '`touch pwned`',
  'a;touch pwned',
  'a && touch pwned',
  'a|touch pwned',
  "it's",
  "'$(touch pwned)'",
  '"$(touch pwned)"',
  '${IFS}touch${IFS}pwned',
  'a  b c',
  '*',
  '~root',
  '{a,b}',
  '=ls',
  '> pwned',
  '\\',
  'ノード1',
  '',
];

describe('shellWord', () => {
  it.each([
    ['rpi-master-1'],
    ['sealed-secrets-keygs4s4'],
    ['10.96.0.10'],
    ['https://192.168.1.10:6443'],
    ['ip-10-0-1-23.ec2.internal'],
    ['kube-system'],
  ])('leaves an ordinary name as it is: %s', (value) => {
    expect(shellWord(value)).toBe(value);
  });

  it.each(HOSTILE)('quotes %j so dash and bash see one argument equal to it, and nothing runs', (value) => {
    const word = shellWord(value)!;
    expect(word).toMatch(/^'.*'$/s);
    for (const shell of ['dash', 'bash']) expect(argumentsIn(shell, `before ${word} after`)).toEqual(['before', value, 'after']);
    // Glued to other text, as in kube-controller-manager-{{controlPlaneNode}}.
    expect(argumentsIn('bash', `pod-${word}`)).toEqual([`pod-${value}`]);
    expect(existsSync(join(sandbox, 'pwned'))).toBe(false);
    expect(readdirSync(sandbox)).toEqual([]);
  });

  it.each([
    ['-oProxyCommand=touch pwned', 'read as an option whatever the quotes'],
    ['--help', 'read as an option'],
    ['a\nb', 'a newline fakes a second line'],
    ['a\u001b[201~b', 'ESC ends a terminal bracketed paste'],
    ['a\u0000b', 'NUL'],
    ['a\u007fb', 'DEL'],
    ['admin\u202e1-retsam', 'a bidi override shows other text than is copied'],
    ['rpi\u200bmaster', 'a zero-width space'],
    ['a\u2028b', 'a line separator'],
  ])('refuses %j (%s)', (value) => {
    expect(shellWord(value)).toBeNull();
  });
});

describe('quotedAt', () => {
  it.each([
    ['ssh {{x}}', 4, false],
    ['echo "{{x}}"', 6, true],
    ["echo '{{x}}'", 6, true],
    ['echo "a" {{x}}', 9, false],
    ["echo 'a\"' {{x}}", 10, false],
    ['echo \\" {{x}}', 8, false],
    ['echo "a\\"b {{x}}"', 11, true],
    ["echo \"it's\" {{x}}", 12, false],
    ["# don't\nssh {{x}}", 12, false],
    ["echo a#'b {{x}}'", 10, true],
    ["ls # {{x}}'", 5, false],
    // Right after a backslash: escaped, so quoted; after an escaped backslash: not.
    ['echo \\{{x}}', 6, true],
    ['echo "\\{{x}}"', 7, true],
    ['echo \\\\{{x}}', 7, false],
    // A `#` is a comment only at the start of a word: after `a` it is a letter, and the `'` after it opens a quote.
    ["echo a# '{{x}}'", 9, true],
    // A comment ends at its line's end; a backslash in it escapes nothing.
    ["# don't \\\necho '{{x}}'", 16, true],
    ["echo a # it's {{x}}\necho \"b {{x}}\"", 14, false],
  ])('%s at %i: inside quotes %s', (command, offset, expected) => {
    expect(command.slice(offset, offset + 5)).toBe('{{x}}');
    expect(quotedAt(command, [offset])).toEqual([expected]);
  });

  it('answers each offset asked, before and after a comment', () => {
    const command = "echo \"{{x}}\" {{x}} # it's {{x}}\necho '{{x}}' {{x}}";
    const offsets = [...command.matchAll(/\{\{x\}\}/g)].map((match) => match.index);
    expect(offsets).toEqual([6, 13, 26, 38, 45]);
    expect(quotedAt(command, offsets)).toEqual([true, false, false, true, false]);
  });

  it('answers an offset in a comment on the last line, with no newline after it', () => {
    expect(quotedAt('echo "a" # {{x}}', [11])).toEqual([false]);
  });

  it.each([
    ['echo "abc', true],
    ["echo 'abc", true],
    ['echo abc', false],
    ['echo "a" b', false],
  ])('the end of %j is inside an unclosed quote: %s', (command, expected) => {
    expect(quotedAt(command, [command.length])).toEqual([expected]);
  });
});
