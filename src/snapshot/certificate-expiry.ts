/** How far a certificate is from its expiry at a capture: whole days, and how urgent that is. */
import type { Severity } from './findings/rule.ts';
import type { Certificate } from './schema.ts';
import { DAY_MS, toMillis } from './time.ts';

/** Days before expiry at which a certificate is a warning: a month leaves time to renew calmly. */
export const CERTIFICATE_WARNING_DAYS = 30;
/** Days before expiry at which it is critical: a week is one missed weekend from an outage. */
export const CERTIFICATE_CRITICAL_DAYS = 7;

/** Whole days from the capture to the certificate's notAfter (negative once expired); null when unknown. */
export function daysLeft(certificate: Pick<Certificate, 'notAfter'>, capturedAt: string): number | null {
  if (!certificate.notAfter) return null;
  return Math.floor((toMillis(certificate.notAfter) - toMillis(capturedAt)) / DAY_MS);
}

/** How urgent an expiry is at capture time: critical within 7 days or expired, warning within 30, else null. */
export function expirySeverity(certificate: Pick<Certificate, 'notAfter'>, capturedAt: string): Severity | null {
  if (!certificate.notAfter) return null;
  const left = toMillis(certificate.notAfter) - toMillis(capturedAt);
  if (left <= CERTIFICATE_CRITICAL_DAYS * DAY_MS) return 'critical';
  if (left <= CERTIFICATE_WARNING_DAYS * DAY_MS) return 'warning';
  return null;
}
