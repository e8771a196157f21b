import { RunbookError } from './errors.ts';
import { isRecord } from './normalize/fields.ts';
import type { Certificate } from './schema.ts';
import { isoTime } from './time.ts';

/**
 * `k3s certificate check --output json` prints Go's encoding of its CertificateInfo:
 * `{"Certificates":[{"Filename","Subject","Issuer","Usages","ExpiryTime","ResidualTime","Status"}]}`
 * (k3s-io/k3s pkg/cli/cert/cert.go). Subject and Issuer are common names; a file holding a chain
 * (client-admin.crt: the certificate, then its CA) lists each certificate; Filename is the base name only.
 */
export function isK3sCertificateCheck(document: Record<string, unknown>): boolean {
  return document.kind === undefined && (Array.isArray(document.Certificates) || document.Certificates === null);
}

/** k3s's data directory with its default `--data-dir`; the output names files without it. */
const DATA_DIR = '/var/lib/rancher/k3s';

/** Where k3s keeps a file of that name (pkg/util/services/services.go: server/tls, its etcd/ folder, the agent folder). */
function defaultPath(file: string): string {
  if (file === 'client-kubelet.crt' || file === 'serving-kubelet.crt') return `${DATA_DIR}/agent/${file}`;
  // The agent keeps its own copy of these next to the server's.
  if (file === 'client-kube-proxy.crt' || file === 'client-k3s-controller.crt') return `${DATA_DIR}/{server/tls,agent}/${file}`;
  if (file === 'client.crt' || file === 'server-client.crt' || file === 'peer-server-client.crt') return `${DATA_DIR}/server/tls/etcd/${file}`;
  return `${DATA_DIR}/server/tls/${file}`;
}

/** Go's time.Time in JSON: RFC 3339 with up to nanoseconds. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const FILE_NAME = /^[A-Za-z0-9._-]{1,128}$/;
/** A common name as k3s writes them (`system:admin`, `k3s-client-ca@1700000000`); anything else is not this output. */
const COMMON_NAME = /^[\w.:@/ -]{0,128}$/;

/**
 * The certificates of one `k3s certificate check --output json` document. A CA (usage CertSign)
 * copied into several chain files is kept once; a certificate k3s keeps twice (server and agent
 * copy) is kept once with the earlier expiry, the one to act on. Status `NOT YET VALID` carries
 * notBefore in ExpiryTime (cert.go), so its expiry is unknown.
 */
export function readK3sCertificateCheck(document: Record<string, unknown>, where: string): Certificate[] {
  const list = document.Certificates ?? [];
  if (!Array.isArray(list)) throw inputError(`${where}: Certificates: expected an array`);
  const byId = new Map<string, Certificate>();
  list.forEach((entry: unknown, index) => {
    const certificate = toCertificate(entry, `${where}: Certificates[${index}]`);
    const seen = byId.get(certificate.id);
    if (!seen || (certificate.notAfter !== null && (seen.notAfter === null || certificate.notAfter < seen.notAfter))) byId.set(certificate.id, certificate);
  });
  return [...byId.values()];
}

function toCertificate(entry: unknown, at: string): Certificate {
  if (!isRecord(entry)) throw inputError(`${at}: expected an object`);
  const { Filename, Subject, Issuer, Usages, ExpiryTime, Status } = entry;
  if (typeof Filename !== 'string' || !FILE_NAME.test(Filename)) throw inputError(`${at}.Filename: expected a file name such as client-admin.crt`);
  if (typeof Subject !== 'string' || !COMMON_NAME.test(Subject)) throw inputError(`${at}.Subject: expected a common name such as system:admin`);
  if (typeof Issuer !== 'string' || !COMMON_NAME.test(Issuer)) throw inputError(`${at}.Issuer: expected a common name such as k3s-client-ca@1700000000`);
  if (typeof ExpiryTime !== 'string' || !RFC3339.test(ExpiryTime)) throw inputError(`${at}.ExpiryTime: expected an RFC 3339 time, received ${JSON.stringify(String(ExpiryTime).slice(0, 40))}`);
  const isCA = Array.isArray(Usages) && Usages.includes('CertSign');
  const notYetValid = Status === 'NOT YET VALID';
  const time = isoTime(new Date(ExpiryTime));
  return {
    id: isCA ? `k3s/ca/${Subject}` : `k3s/${Filename}/${Subject}`,
    source: 'k3s',
    name: isCA ? Subject : Filename,
    location: isCA ? `${DATA_DIR}/server/tls` : defaultPath(Filename),
    subject: `CN=${Subject}`,
    issuer: `CN=${Issuer}`,
    sans: [],
    notBefore: notYetValid ? time : null,
    notAfter: notYetValid ? null : time,
    selfSigned: null,
    isCA,
    caName: isCA ? null : Issuer,
    externallyManaged: null,
    missing: false,
  };
}

function inputError(message: string): RunbookError {
  return new RunbookError('E_INPUT', `${message}; pass the output of k3s certificate check --output json as it wrote it`);
}
