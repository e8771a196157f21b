/**
 * More edges of the Corefile allow-list (redact/corefile.ts): names of unknown plugins, inline `hosts`
 * entries, the `rewrite`/`template` blocks, tabs, CRLF line ends, comments, one-line blocks and the
 * nesting bound.
 */
import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/snapshot/redact.ts';
import { redactCorefile } from '../../src/snapshot/redact/corefile.ts';

const R = REDACTED;

/** One server block `.:53` holding `body` (lines at a 2-space step), as redactCorefile prints it back. */
function server(body: string): string {
  return `.:53 {\n${body}}\n`;
}

describe('redactCorefile: plugins it does not know', () => {
  it('shows a lower-case name alone, and masks its arguments even without a block', () => {
    expect(redactCorefile(server('  dnssec\n  tsig example.org\n'))).toBe(server(`    dnssec\n    tsig ${R}\n`));
  });

  it.each([
    ['an upper-case letter first', 'Dnssec'],
    ['a digit first', '1dnssec'],
    ['a character outside [a-z0-9_] at the end', 'dnssec-x'],
    ['a secret given as the name', 'password=hunter2'],
  ])('masks a name with %s', (_case, name) => {
    expect(redactCorefile(server(`  ${name}\n`))).toBe(server(`    ${R}\n`));
  });
});

describe('redactCorefile: inline hosts entries', () => {
  it('shows an IPv4 or IPv6 address followed by host names', () => {
    const text = server('  hosts {\n    10.0.0.1 db.example.org db\n    fe80::1 gw.example.org\n    fallthrough\n  }\n');
    expect(redactCorefile(text)).toBe(server('    hosts {\n        10.0.0.1 db.example.org db\n        fe80::1 gw.example.org\n        fallthrough\n    }\n'));
  });

  it.each([
    ['an address alone', '10.0.0.1'],
    ['a secret directive', 'secret c2VjcmV0'],
    ['letters before an IPv4 address', 'host1.2 db'],
    ['letters after an IPv4 address', '10.0.0.1x db'],
    ['letters before an IPv6 address', 'zz::1 db'],
    ['letters after an IPv6 address', 'fe80::1z db'],
    ['a host name with a slash first', '10.0.0.1 a/b db'],
    ['a host name with a slash last', '10.0.0.1 db a/b'],
  ])('masks %s', (_case, line) => {
    expect(redactCorefile(server(`  hosts {\n    ${line}\n  }\n`))).toBe(server(`    hosts {\n        ${R}\n    }\n`));
  });

  it('masks an address line inside another plugin', () => {
    expect(redactCorefile(server('  forward . 8.8.8.8 {\n    10.0.0.1 db\n  }\n'))).toBe(server(`    forward . 8.8.8.8 {\n        ${R}\n    }\n`));
  });
});

describe('redactCorefile: rewrite and template blocks', () => {
  it('shows every rule of a rewrite block', () => {
    const text = server('  rewrite stop {\n    name exact a.example.org b.example.org\n    answer name b.example.org a.example.org\n  }\n');
    expect(redactCorefile(text)).toBe(server('    rewrite stop {\n        name exact a.example.org b.example.org\n        answer name b.example.org a.example.org\n    }\n'));
  });

  it('shows every line of a template block, its values still checked', () => {
    const text = server('  template IN A example.org {\n    answer "example.org 60 IN A 10.0.0.1"\n    extra password=hunter2\n  }\n');
    expect(redactCorefile(text)).toBe(server(`    template IN A example.org {\n        answer "example.org 60 IN A 10.0.0.1"\n        extra password=${R}\n    }\n`));
  });
});

describe('redactCorefile: the text around the words', () => {
  it('reads tabs and CRLF line ends as white space', () => {
    expect(redactCorefile('.:53 {\r\n\terrors\r\n\tcache\t30\r\n}\r\n')).toBe(server('    errors\n    cache 30\n'));
  });

  it('drops a comment up to its line end and reads the next line, also after a comment at the end of a line', () => {
    expect(redactCorefile('# edited by hand\n.:53 { # the main block\n  errors # password=hunter2\n  cache 30\n}\n# the end')).toBe(server('    errors\n    cache 30\n'));
  });

  it('reads a block written on one line, its last word right before the closing brace', () => {
    expect(redactCorefile('.:53 { errors }')).toBe(server('    errors\n'));
    expect(redactCorefile('.:53 {\n  cache 30}')).toBe(server('    cache 30\n'));
  });

  it('keeps a last line without a line end', () => {
    expect(redactCorefile('import /etc/coredns/custom/*.server')).toBe('import /etc/coredns/custom/*.server\n');
  });

  it('keeps a quoted word with spaces whole, double-quoted or back-quoted', () => {
    expect(redactCorefile(server('  log . "{remote} {name}"\n  log . `{type} x`\n'))).toBe(server('    log . "{remote} {name}"\n    log . `{type} x`\n'));
  });
});

describe('redactCorefile: nesting', () => {
  /** A server block `a` with `depth` more blocks nested in it, then a server block `b`. */
  function nested(depth: number): string {
    return `a {\n${'{\n'.repeat(depth)}${'}\n'.repeat(depth)}}\nb {\n  errors\n}\n`;
  }

  it('reads 7 nested blocks in a server block and the server block after them', () => {
    expect(redactCorefile(nested(7))).toBe(`a {\n    ${R} ${R}\n}\nb {\n    errors\n}\n`);
  });

  it('stops reading blocks 8 deep: their braces then close the outer blocks, and what follows is not shown', () => {
    expect(redactCorefile(nested(8))).toBe(`a {\n    ${R} ${R}\n}\n`);
  });

  it('reads a Corefile of 100 000 opening braces without running out of stack', () => {
    expect(redactCorefile(`a ${'{'.repeat(100_000)}`)).toBe(`a {\n    ${R} ${R}\n}\n`);
  });
});
