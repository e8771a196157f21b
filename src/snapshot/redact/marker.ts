/** What replaces a value that must not leave the cluster. */
export const REDACTED = '[redacted]';
