import { RunbookError } from './errors.ts';
import { isRecord } from './normalize/fields.ts';
import type { Certificate } from './schema.ts';
import { isoTime } from './time.ts';

/** The kind and apiVersion of `kubeadm certs check-expiration -o json` (kubeadm 1.30+). */
export const KUBEADM_EXPIRATION = { kind: 'CertificateExpirationInfo', apiVersion: 'output.kubeadm.k8s.io/v1alpha3' } as const;

/** Where kubeadm keeps each certificate with its default `--cert-dir` (/etc/kubernetes/pki). */
function defaultPath(name: string): string {
  if (name.endsWith('.conf')) return `/etc/kubernetes/${name}`;
  if (name.startsWith('etcd-')) return `/etc/kubernetes/pki/etcd/${name.slice('etcd-'.length)}.crt`;
  return `/etc/kubernetes/pki/${name}.crt`;
}

/** True for a document kubeadm's check-expiration wrote (any version: a wrong one gets a clear error). */
export function isKubeadmExpiration(document: Record<string, unknown>): boolean {
  return document.kind === KUBEADM_EXPIRATION.kind;
}

/**
 * The certificates of one `kubeadm certs check-expiration -o json` document: `certificates[]` and
 * `certificateAuthorities[]`, each `{name, expirationDate, residualTime, externallyManaged, caName?, missing}`
 * (kubernetes/kubernetes cmd/kubeadm/app/apis/output/v1alpha3/types.go). residualTime is ignored:
 * days left are counted from expirationDate at the snapshot's time. The output does not name the
 * node; `location` is kubeadm's default path on a control-plane node.
 */
export function readKubeadmExpiration(document: Record<string, unknown>, where: string): Certificate[] {
  if (document.apiVersion !== KUBEADM_EXPIRATION.apiVersion) {
    throw inputError(`${where}: apiVersion: expected ${KUBEADM_EXPIRATION.apiVersion}, received ${JSON.stringify(String(document.apiVersion))}; run kubeadm certs check-expiration -o json with kubeadm 1.30 or newer`);
  }
  const read = (field: 'certificates' | 'certificateAuthorities', isCA: boolean): Certificate[] => {
    const list = document[field] ?? [];
    if (!Array.isArray(list)) throw inputError(`${where}: ${field}: expected an array`);
    return list.map((entry: unknown, index) => toCertificate(entry, `${where}: ${field}[${index}]`, isCA));
  };
  return [...read('certificateAuthorities', true), ...read('certificates', false)];
}

function toCertificate(entry: unknown, at: string, isCA: boolean): Certificate {
  if (!isRecord(entry)) throw inputError(`${at}: expected an object`);
  const { name, expirationDate, externallyManaged, caName, missing } = entry;
  if (typeof name !== 'string' || !/^[a-z0-9.-]{1,64}$/.test(name)) throw inputError(`${at}.name: expected a certificate name such as apiserver`);
  const isMissing = missing === true;
  const expires = typeof expirationDate === 'string' ? Date.parse(expirationDate) : Number.NaN;
  if (!isMissing && Number.isNaN(expires)) throw inputError(`${at}.expirationDate: expected an RFC 3339 time, received ${JSON.stringify(String(expirationDate).slice(0, 40))}`);
  return {
    id: `kubeadm/${name}`,
    source: 'kubeadm',
    name,
    location: defaultPath(name),
    subject: null,
    issuer: null,
    sans: [],
    notBefore: null,
    notAfter: isMissing ? null : isoTime(new Date(expires)),
    selfSigned: null,
    isCA,
    caName: typeof caName === 'string' && caName ? caName : null,
    externallyManaged: externallyManaged === true,
    missing: isMissing,
  };
}

function inputError(message: string): RunbookError {
  return new RunbookError('E_INPUT', message);
}
