/** Codes of the errors a user can cause and fix; anything else is a bug and keeps its stack. */
export type ErrorCode =
  | 'E_ARGS'
  | 'E_KUBECONFIG'
  | 'E_UNREACHABLE'
  | 'E_AUTH'
  | 'E_FORBIDDEN'
  | 'E_API'
  | 'E_INPUT'
  | 'E_SNAPSHOT'
  | 'E_WRITE'
  | 'E_FINDINGS'
  | 'E_LIMIT';

/** An expected failure: its message is one line that says what is wrong and how to fix it. */
export class RunbookError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RunbookError';
  }
}

/**
 * A JSON.parse error as one line without the input: V8 quotes the text around an unexpected token
 * (`Unexpected token 'C', "…" is not valid JSON`), and a dump may hold secrets. The position stays.
 */
export function jsonProblem(error: unknown): string {
  const message = (error as Error).message;
  // Stryker disable next-line Regex: V8 starts every JSON.parse message naming a token with it; its only other quoting form (`"NaN" is not valid JSON`) quotes a bare word, which cannot hold the phrase
  const token = /^Unexpected token '(.)'/.exec(message);
  if (token) return `unexpected character '${token[1]}'`;
  return message.replace(/"(?:[^"\\]|\\.)*"/g, '…').split('\n')[0]!;
}

/** `ENOTDIR`, `EACCES`…: what a file-system error is, without the path its message repeats. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
