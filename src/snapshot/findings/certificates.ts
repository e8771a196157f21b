import { DAY_MS, toMillis } from '../time.ts';
import { finding, type Finding, type RuleInput } from './types.ts';

/** Days before expiry at which a certificate is flagged: a month leaves time to renew calmly. */
export const CERTIFICATE_WARNING_DAYS = 30;

/** certificate-expiring: the cluster CA (from cluster-info) expires within the window; expired is critical. */
export function certificateFindings({ current }: RuleInput): Finding[] {
  const notAfter = current.clusterInfo?.caNotAfter;
  if (!notAfter) return [];
  const left = toMillis(notAfter) - toMillis(current.capturedAt);
  if (left > CERTIFICATE_WARNING_DAYS * DAY_MS) return [];
  const subject = { kind: 'Certificate', name: current.clusterInfo?.caSubject ?? 'cluster-info CA' };
  return [finding('certificate-expiring', left <= 0 ? 'critical' : 'warning', subject, 'certificates', { notAfter, daysLeft: Math.floor(left / DAY_MS) })];
}
