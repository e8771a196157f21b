/**
 * Redaction of hostile text: 1 MB of each shape that made the old regular expressions quadratic
 * (letters, `a=` chains, colons, a long URL) through redactText, redactArgs and the config parsers.
 * Prints milliseconds per call; the text is cut to MAX_TEXT_LENGTH first, so the figure should not
 * grow with the input.
 */
import { redactArgs, redactConfigText, redactText } from '../src/snapshot/redact.ts';

const SIZE = 1024 * 1024;
const SHAPES: Record<string, string> = {
  letters: 'a'.repeat(SIZE),
  'key=value chain': 'a='.repeat(SIZE / 2),
  colons: ':'.repeat(SIZE),
  'words and flags': '--x password '.repeat(SIZE / 13),
  'long URL': `https://${'u'.repeat(SIZE / 2)}@h?${'x=1&'.repeat(SIZE / 8)}`,
};

function time(label: string, run: () => unknown): void {
  const started = performance.now();
  run();
  console.log(`${label.padEnd(44)} ${(performance.now() - started).toFixed(1).padStart(8)} ms`);
}

for (const [shape, text] of Object.entries(SHAPES)) {
  time(`redactText, 1 MB ${shape}`, () => redactText(text));
  time(`redactArgs, 1 MB ${shape} x2`, () => redactArgs([text, text]));
}
const corefile = `.:53 {\n${'    forward . 1.1.1.1\n'.repeat(700)}}\n`;
time(`Corefile (first call)`, () => redactConfigText('Corefile', corefile));
time(`Corefile, ${(corefile.length / 1024).toFixed(0)} KB`, () => redactConfigText('Corefile', corefile));
const yaml = `kind: KubeProxyConfiguration\n${Array.from({ length: 1000 }, (_, index) => `k${index}: value${index}`).join('\n')}\n`;
time(`config.conf, ${(yaml.length / 1024).toFixed(0)} KB`, () => redactConfigText('config.conf', yaml));
