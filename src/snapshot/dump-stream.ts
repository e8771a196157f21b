import { RunbookError } from './errors.ts';

/** One JSON document of a stream, with the line it starts on (1-based) for error messages. */
export type StreamDocument = { text: string; line: number };

const LOG_START = /^==== START logs for container (\S+) of pod (\S+) ====[ \t]*\r?$/;

/**
 * The text with every `kubectl cluster-info dump` log block (`==== START logs for container C of
 * pod NS/P ====` … `==== END logs for container C of pod NS/P ====`) blanked to its line breaks, so
 * the JSON or YAML around it parses and line numbers stay true. Logs are never read: they may hold
 * anything. kubectl writes a container's log as it came, so its END line may follow the last log
 * line without a line break (clusterinfo_dump.go, printContainer).
 */
export function withoutLogBlocks(text: string, file: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path only; without a START line the loop gives back the same text
  if (!text.includes('==== START logs for container ')) return text;
  const parts: string[] = [];
  let position = 0;
  let line = 1;
  // Stryker disable next-line EqualityOperator: one more turn at the text's end only adds an empty slice
  while (position < text.length) {
    const lineEnd = endOfLine(text, position);
    const start = LOG_START.exec(text.slice(position, lineEnd));
    if (!start) {
      parts.push(text.slice(position, lineEnd + 1));
      position = lineEnd + 1;
      line++;
      continue;
    }
    const end = `==== END logs for container ${start[1]} of pod ${start[2]} ====`;
    const endAt = text.indexOf(end, lineEnd);
    // Stryker disable next-line EqualityOperator: endAt is never 0, the search starts past the non-empty START line
    if (endAt < 0) {
      throw new RunbookError('E_INPUT', `${file}: line ${line}: the logs of container ${start[1]} of pod ${start[2]} have no END line; the dump was cut short, run kubectl cluster-info dump again`);
    }
    const blockEnd = endOfLine(text, endAt + end.length);
    const breaks = countBreaks(text, position, blockEnd + 1);
    parts.push('\n'.repeat(breaks));
    line += breaks;
    position = blockEnd + 1;
  }
  return parts.join('');
}

/**
 * JSON documents written one after another (`kubectl cluster-info dump` prints each list so),
 * separated by white space only. Strings are skipped whole, so a brace inside one never counts.
 * Throws naming the line of anything between documents that is not one.
 */
export function splitJsonDocuments(text: string, file: string): StreamDocument[] {
  const documents: StreamDocument[] = [];
  let position = 0;
  let line = 1;
  const length = text.length;
  while (position < length) {
    const code = text.charCodeAt(position);
    if (code === 0x0a) {
      line++;
      position++;
      continue;
    }
    if (code === 0x20 || code === 0x09 || code === 0x0d || code === 0xfeff) {
      position++;
      continue;
    }
    if (code !== 0x7b && code !== 0x5b) {
      throw new RunbookError('E_INPUT', `${file}: line ${line}: expected a JSON document after the previous one, found other text; pass kubectl's output unchanged (kubectl cluster-info dump > FILE, without 2>&1)`);
    }
    const end = endOfValue(text, position);
    documents.push({ text: text.slice(position, end), line });
    line += countBreaks(text, position, end);
    position = end;
  }
  return documents;
}

/** Index just past the object or array that opens at `start`; the text's end when it never closes (JSON.parse then names the problem). */
function endOfValue(text: string, start: number): number {
  let depth = 0;
  let position = start;
  const length = text.length;
  // Stryker disable next-line EqualityOperator: one more turn at the end reads NaN, matches nothing and returns length all the same
  while (position < length) {
    const code = text.charCodeAt(position);
    if (code === 0x22) {
      position = endOfString(text, position + 1);
      continue;
    }
    if (code === 0x7b || code === 0x5b) depth++;
    else if (code === 0x7d || code === 0x5d) {
      depth--;
      if (depth === 0) return position + 1;
    }
    position++;
  }
  return length;
}

function endOfString(text: string, position: number): number {
  const length = text.length;
  // Stryker disable next-line EqualityOperator: one more turn at the end reads NaN, matches nothing and returns length all the same
  while (position < length) {
    const code = text.charCodeAt(position);
    if (code === 0x5c) position += 2;
    else if (code === 0x22) return position + 1;
    else position++;
  }
  return length;
}

function endOfLine(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  // Stryker disable next-line EqualityOperator: a break is never at 0 here, both callers count from a `{`, `[` or `=`
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) breaks++;
  return breaks;
}
