import { describe, expect, it } from 'vitest';
import { mixinConfig, mixinGroups } from '../../src/snapshot/alerts/mixin-rules.ts';

/** A mixin alerts file with one rule whose expr is `expr` (a jsonnet `|||` block and its `%` operand) and whose summary is `summary`. */
const alertsFile = (expr: string, summary = "'s'") =>
  `{\n  prometheusAlerts+:: {\n    groups+: [\n      {\n        name: 'g',\n        rules: [\n          {\n            alert: 'X',\n            expr: ${expr},\n            'for': '1m',\n            labels: {\n              severity: 'warning',\n            },\n            annotations: {\n              summary: ${summary},\n            },\n          },\n        ],\n      },\n    ],\n  },\n}\n`;

/** The error message of reading `text`, or null when it reads. */
function refusal(text: string, config = {}): string | null {
  try {
    mixinGroups(text, config);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('mixinConfig', () => {
  it('reads the `_config+::` defaults, strings unescaped, with or without a space before the brace', () => {
    const config = "{\n  _config+::{\n    selector: 'job=\\'kube-dns\\'',\n    interval: 15,\n    ratio: -0.5,\n  },\n}\n";
    expect(mixinConfig(config)).toEqual({ selector: "job='kube-dns'", interval: 15, ratio: -0.5 });
  });

  it('is empty for a file without `_config+::`', () => {
    expect(mixinConfig("{ prometheusAlerts+:: {} }\n")).toEqual({});
  });
});

describe('mixinGroups', () => {
  it('renders a ||| block as jsonnet does: indentation of the first line dropped, an empty line kept, a final line feed', () => {
    const [group] = mixinGroups(alertsFile('|||\n              up{%(selector)s}\n\n                == 0\n            ||| % $._config', "'it\\'s down on %s' % $._config.cluster"), { selector: 'job="coredns"', cluster: 'rpi' });
    expect(group).toEqual({
      name: 'g',
      rules: [{ alert: 'X', annotations: { summary: "it's down on rpi" }, expr: 'up{job="coredns"}\n\n  == 0\n', for: '1m', labels: { severity: 'warning' } }],
    });
  });

  it('refuses a ||| block line indented less than its first line, as jsonnet does', () => {
    expect(refusal(alertsFile('|||\n              up{%(selector)s}\n            == 0\n            ||| % $._config'), { selector: 'job="x"' }))
      .toBe('X: a line of its ||| block is indented less than its first line');
  });

  it.each([
    ['{interval: $._config.scrape}', 'rate(x[15s])\n'],
    ['{ interval: $._config.scrape * 4 }', 'rate(x[60s])\n'],
    ['{ interval: $._config.scrape*4, unused: $._config.scrape }', 'rate(x[60s])\n'],
  ])('formats with the object of config fields %s', (operand, expr) => {
    const [group] = mixinGroups(alertsFile(`|||\n              rate(x[%(interval)ss])\n            ||| % ${operand}`), { scrape: 15 });
    expect(group?.rules[0]?.expr).toBe(expr);
  });

  it.each([
    ['a nested object', '{ interval: $._config.scrape, b: { c: $._config.scrape } }', 'X: cannot read the format values "b: { c: $._config.scrape }"'],
    ['a word before the field', '{ the interval: $._config.scrape }', 'X: cannot read the format values "the interval: $._config.scrape"'],
    ['a word after the value', '{ interval: $._config.scrape seconds }', 'X: cannot read the format values "interval: $._config.scrape seconds"'],
    ['a config value that is not given', '{ interval: $._config.nope }', 'X: no config value nope'],
  ])('refuses format values with %s, naming the alert', (_, operand, message) => {
    expect(refusal(alertsFile(`|||\n              rate(x[%(interval)ss])\n            ||| % ${operand}`), { scrape: 15 })).toBe(message);
  });
});
