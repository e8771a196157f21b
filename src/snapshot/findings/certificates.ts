import { DAY_MS, toMillis } from '../time.ts';
import { defineRule } from './rule.ts';

/** Days before expiry at which a certificate is flagged: a month leaves time to renew calmly. */
export const CERTIFICATE_WARNING_DAYS = 30;

/** certificate-expiring: the cluster CA (from cluster-info) expires within the window; expired is critical. */
export const certificateExpiring = defineRule({
  id: 'certificate-expiring',
  label: '証明書の期限',
  topics: ['certificates'],
  evidence: { notAfter: 'string', daysLeft: 'number' },
  find: ({ current }) => {
    const notAfter = current.clusterInfo?.caNotAfter;
    if (!notAfter) return [];
    const left = toMillis(notAfter) - toMillis(current.capturedAt);
    if (left > CERTIFICATE_WARNING_DAYS * DAY_MS) return [];
    const subject = { kind: 'Certificate', name: current.clusterInfo?.caSubject ?? 'cluster-info CA' };
    return [{ subject, severity: left <= 0 ? 'critical' : 'warning', evidence: { notAfter, daysLeft: Math.floor(left / DAY_MS) } }];
  },
  text: ({ subject, severity, evidence: e }, tools) => {
    const expired = severity === 'critical';
    return {
      title: `クラスタ CA 証明書(${subject.name})${expired ? 'の有効期限が切れている' : 'の有効期限が近い'}`,
      evidence: `有効期限 ${tools.time(e.notAfter)}(${expired ? (e.daysLeft === 0 ? '期限切れ' : `${-e.daysLeft} 日前に期限切れ`) : `残り ${e.daysLeft} 日`})`,
    };
  },
});
