import { describe, expect, expectTypeOf, it } from 'vitest';
import { invalidOption } from '../../src/cli/args-error.ts';
import { defineCommand, flagOf, type ArgsOf } from '../../src/cli/define.ts';
import { parseCommand } from '../../src/cli/parse.ts';
import { usageOf } from '../../src/cli/usage.ts';
import { RunbookError } from '../../src/snapshot/errors.ts';
import { runInProcess } from '../fixtures/run-cli.ts';

/** A command with one option of every kind. */
const COPY = defineCommand({
  name: 'npm run copy --',
  description: 'Copies files into a folder.',
  options: {
    out: { type: 'string', value: 'DIR', description: 'folder to copy into', required: true },
    mode: { type: 'string', value: 'MODE', description: 'how to copy', default: 'fast' },
    label: { type: 'string', value: 'TEXT', short: 'l', description: 'a label for the copy,\nshown in logs' },
    from: { type: 'string', multiple: true, value: 'FILE', description: 'file to copy; repeatable' },
    dryRun: { type: 'boolean', description: 'only say what would be copied' },
  },
});

const DEFAULTS = { out: 'to', mode: 'fast', label: undefined, from: [], dryRun: false };

/** The RunbookError parsing `argv` throws, as `code: message`. */
function problem(argv: string[]): string {
  try {
    parseCommand(COPY, argv);
  } catch (error) {
    if (error instanceof RunbookError) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error(`${JSON.stringify(argv)} parsed without a problem`);
}

describe('defineCommand', () => {
  it('types the parsed values from the definition: required and defaulted strings are never undefined', () => {
    expectTypeOf<ArgsOf<typeof COPY>>().toEqualTypeOf<{ out: string; mode: string; label: string | undefined; from: string[]; dryRun: boolean }>();
    expectTypeOf(parseCommand<typeof COPY>).returns.toEqualTypeOf<{ help: true } | { help: false; args: ArgsOf<typeof COPY> }>();
  });

  it.each([
    ['capturedAt', '--captured-at'],
    ['dryRun', '--dry-run'],
    ['out', '--out'],
  ])('spells the key %s as %s', (key, flag) => {
    expect(flagOf(key)).toBe(flag);
  });
});

describe('parseCommand', () => {
  it.each<[string[], ArgsOf<typeof COPY>]>([
    [['--out', 'to'], DEFAULTS],
    [['--out=to', '--mode', 'slow'], { ...DEFAULTS, mode: 'slow' }],
    [['--out', 'to', '-l', 'nightly'], { ...DEFAULTS, label: 'nightly' }],
    [['--out', 'to', '--from', 'a', '--from', 'b'], { ...DEFAULTS, from: ['a', 'b'] }],
    [['--dry-run', '--out', 'to'], { ...DEFAULTS, dryRun: true }],
    [['--out', 'to', '--label=-x'], { ...DEFAULTS, label: '-x' }],
  ])('%j', (argv, args) => {
    expect(parseCommand(COPY, argv)).toEqual({ help: false, args });
  });

  it.each([[['-h']], [['--help']], [['--dry-run', '--help']]])('%j asks for help, required options or not', (argv) => {
    expect(parseCommand(COPY, argv)).toEqual({ help: true });
  });

  it.each([
    [['--bogus'], 'E_ARGS: unknown option --bogus; see npm run copy -- --help'],
    [['-x'], 'E_ARGS: unknown option -x; see npm run copy -- --help'],
    [['--dryRun'], 'E_ARGS: unknown option --dryRun; see npm run copy -- --help'],
    [['stray'], 'E_ARGS: unexpected argument stray; see npm run copy -- --help'],
    [['--out'], "E_ARGS: option '--out <value>' argument missing; see npm run copy -- --help"],
    [['--out', '--dry-run'], "E_ARGS: option '--out' argument missing: another option follows it; write --out=VALUE for a value that starts with a dash; see npm run copy -- --help"],
    [['--out', 'to', '--dry-run=yes'], "E_ARGS: option '--dry-run' does not take an argument; see npm run copy -- --help"],
    [[], 'E_ARGS: --out: missing; pass --out DIR; see npm run copy -- --help'],
    [['--out', ' '], 'E_ARGS: --out: expected a value, received an empty string; see npm run copy -- --help'],
    [['--out', 'to', '--from', 'a', '--from', ''], 'E_ARGS: --from: expected a value, received an empty string; see npm run copy -- --help'],
  ])('%j -> %s', (argv, expected) => {
    expect(problem(argv)).toBe(expected);
  });

  it('words a bad value the same way for every command', () => {
    expect(invalidOption(COPY, 'dryRun', 'nothing', 'yes').message).toBe('--dry-run: expected nothing, received "yes"; see npm run copy -- --help');
  });
});

describe('usageOf', () => {
  it('lists the options with their values, defaults and -h, required ones in the synopsis', () => {
    expect(usageOf(COPY)).toMatchInlineSnapshot(`
      "Usage: npm run copy -- --out DIR [options]

      Copies files into a folder.

      Options:
        --out DIR           folder to copy into
        --mode MODE         how to copy (default: fast)
        -l, --label TEXT    a label for the copy,
                            shown in logs
        --from FILE         file to copy; repeatable
        --dry-run           only say what would be copied
        -h, --help          show this text"
    `);
  });
});

describe('runCommand', () => {
  /** Runs COPY with `main`, which then prints "done". */
  const run = (argv: string[], main: (args: ArgsOf<typeof COPY>) => void) =>
    runInProcess(COPY, argv, (args, io) => {
      main(args);
      io.out('done');
    });

  it('hands the parsed values to the command: exit 0', async () => {
    const seen: ArgsOf<typeof COPY>[] = [];
    expect(await run(['--out', 'to'], (args) => seen.push(args))).toEqual({ status: 0, out: ['done'], log: [] });
    expect(seen).toEqual([DEFAULTS]);
  });

  it('prints the usage on stdout for --help and does not run the command', async () => {
    expect(await run(['-h'], () => expect.unreachable())).toEqual({ status: 0, out: [usageOf(COPY)], log: [] });
  });

  it.each([
    ['a bad argument', ['--bogus'], () => {}, 'kube-runbook: unknown option --bogus; see npm run copy -- --help'],
    [
      'a RunbookError from the command',
      ['--out', 'to'],
      () => {
        throw invalidOption(COPY, 'mode', 'fast or slow', 'warp');
      },
      'kube-runbook: --mode: expected fast or slow, received "warp"; see npm run copy -- --help',
    ],
  ])('exits 1 with one line on %s', async (_, argv, main, line) => {
    expect(await run(argv, main)).toEqual({ status: 1, out: [], log: [line] });
  });

  it('exits 2 with the stack on a bug', async () => {
    const result = await run(['--out', 'to'], () => {
      throw new TypeError('x is undefined');
    });
    expect(result.status).toBe(2);
    expect(result.log[0]).toBe('kube-runbook: unexpected error, please report it with the lines below');
    expect(result.log[1]).toMatch(/^TypeError: x is undefined\n\s+at /);
  });
});
