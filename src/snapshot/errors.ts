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
  | 'E_WRITE';

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
