/** The API answered with an error status; `message` is the Status message, one line. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Seconds from a Retry-After header, when the server sent one. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * No usable answer: `refused`/`dns`/`tls` before any byte (`not-tls`: an https:// address whose
 * server does not speak TLS, plain HTTP most often), `timeout`, or `cut` mid-response.
 */
export class TransportError extends Error {
  constructor(
    readonly kind: 'refused' | 'dns' | 'tls' | 'not-tls' | 'timeout' | 'cut' | 'other',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransportError';
  }
}

/** Whether trying the same request again may help: throttling, server errors, lost connections. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 429 || error.status >= 500;
  // A refused connection is not retried: nothing listens there, and the user should hear it at once.
  if (error instanceof TransportError) return error.kind === 'timeout' || error.kind === 'cut' || error.kind === 'other';
  return false;
}

/** One line from a server message, short enough for a progress line or a gap. */
export function oneLine(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The API answered 2xx with something that is not what was asked for (e.g. no Table for secrets). */
export class BadAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadAnswerError';
  }
}
