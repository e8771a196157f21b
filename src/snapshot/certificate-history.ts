/**
 * Certificates across snapshots: days left per certificate over time, and what changed between two
 * snapshots. Pure and browser-safe (the compare page runs it on published JSON). A certificate absent
 * from a snapshot that never read its place (an older schema, no kubeadm output, a kubelet out of
 * reach) is unknown there: a break in the trend, never "removed" and never zero days.
 */
import { certificateGap } from './certificate-gaps.ts';
import { daysLeft, expirySeverity } from './certificate-expiry.ts';
import type { Certificate, CertificateSource, Snapshot } from './schema.ts';
import { compare } from './normalize/fields.ts';

/** Whether `snapshot` read the place `certificate` lives, so its absence there means it is gone. */
export function certificatePlaceRead(snapshot: Pick<Snapshot, 'certificates' | 'gaps'>, certificate: Pick<Certificate, 'id' | 'source' | 'name'>): boolean {
  if (snapshot.certificates.some((c) => c.id === certificate.id)) return true;
  // A source without gaps has a null gap name, which no gap's resource equals.
  const gap = certificateGap(certificate);
  if (snapshot.gaps.some((g) => g.resource === gap)) return false;
  // Sources that record no gap (kubeadm's output, a kubeconfig without a certificate) were read when they gave anything.
  return snapshot.certificates.some((c) => c.source === certificate.source);
}

/** One snapshot's days left of a certificate. */
export type CertificatePoint = {
  at: string;
  /** Whole days left at that capture (negative once expired); null when unknown there. */
  daysLeft: number | null;
  /** Why `daysLeft` is null: the snapshot did not read its place (`unread`), or read it and the certificate was not there (`absent`). */
  missing: 'unread' | 'absent' | null;
  /** Its notAfter moved since the last known value: renewed (or replaced). */
  renewed: boolean;
};

/** The days left of one certificate over time, oldest first. */
export type CertificateTrend = { id: string; name: string; source: CertificateSource; points: CertificatePoint[] };

/** Days left of the certificate `id` in each snapshot of one cluster's history (oldest first). */
export function certificateTrend(history: readonly Snapshot[], certificate: Pick<Certificate, 'id' | 'source' | 'name'>): CertificateTrend {
  let lastNotAfter: string | null = null;
  const points = history.map((snapshot): CertificatePoint => {
    const found = snapshot.certificates.find((c) => c.id === certificate.id);
    if (!found || found.notAfter === null) {
      const missing = found || certificatePlaceRead(snapshot, certificate) ? 'absent' : 'unread';
      return { at: snapshot.capturedAt, daysLeft: null, missing, renewed: false };
    }
    const renewed = lastNotAfter !== null && lastNotAfter !== found.notAfter;
    lastNotAfter = found.notAfter;
    return { at: snapshot.capturedAt, daysLeft: daysLeft(found, snapshot.capturedAt), missing: null, renewed };
  });
  return { id: certificate.id, name: certificate.name, source: certificate.source, points };
}

/** A trend for every certificate seen anywhere in the history, ordered by id. */
export function certificateTrends(history: readonly Snapshot[]): CertificateTrend[] {
  const seen = new Map<string, Certificate>();
  for (const snapshot of history) for (const c of snapshot.certificates) seen.set(c.id, c);
  return [...seen.values()].sort((a, b) => compare(a.id, b.id)).map((c) => certificateTrend(history, c));
}

/** A certificate as a comparison names it. */
export type CertificateRef = { id: string; name: string; source: CertificateSource; daysLeft: number | null };
/** Expiry and days left on one side of a comparison. */
export type CertificateDays = { notAfter: string | null; daysLeft: number | null };

/** What changed in the certificates between two snapshots. */
export type CertificateChanges = {
  added: CertificateRef[];
  removed: CertificateRef[];
  /** notAfter moved: renewed, or replaced by another certificate. */
  renewed: { id: string; name: string; from: CertificateDays; to: CertificateDays }[];
  /** Same certificate, within 30 days of expiry on either side: its days left counting down. */
  expiring: { id: string; name: string; from: number; to: number }[];
  /** Sources with a certificate only one side could read: not compared (`kubeadm`, `kubelet-tls`). */
  unknown: CertificateSource[];
};

const refOf = (c: Certificate, capturedAt: string): CertificateRef => ({ id: c.id, name: c.name, source: c.source, daysLeft: daysLeft(c, capturedAt) });

/** Certificates added, removed, renewed and counting down between `before` and `after`. */
export function certificateChanges(before: Snapshot, after: Snapshot): CertificateChanges {
  const old = new Map(before.certificates.map((c) => [c.id, c]));
  const now = new Map(after.certificates.map((c) => [c.id, c]));
  const out: CertificateChanges = { added: [], removed: [], renewed: [], expiring: [], unknown: [] };
  const unknown = new Set<CertificateSource>();
  for (const c of after.certificates) {
    if (old.has(c.id)) continue;
    if (certificatePlaceRead(before, c)) out.added.push(refOf(c, after.capturedAt));
    else unknown.add(c.source);
  }
  for (const c of before.certificates) {
    if (now.has(c.id)) continue;
    if (certificatePlaceRead(after, c)) out.removed.push(refOf(c, before.capturedAt));
    else unknown.add(c.source);
  }
  for (const c of after.certificates) {
    const was = old.get(c.id);
    if (!was) continue;
    const from = { notAfter: was.notAfter, daysLeft: daysLeft(was, before.capturedAt) };
    const to = { notAfter: c.notAfter, daysLeft: daysLeft(c, after.capturedAt) };
    if (was.notAfter !== c.notAfter) out.renewed.push({ id: c.id, name: c.name, from, to });
    else if (from.daysLeft !== null && to.daysLeft !== null && (expirySeverity(was, before.capturedAt) || expirySeverity(c, after.capturedAt))) {
      out.expiring.push({ id: c.id, name: c.name, from: from.daysLeft, to: to.daysLeft });
    }
  }
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => compare(a.id, b.id));
  return { added: byId(out.added), removed: byId(out.removed), renewed: byId(out.renewed), expiring: byId(out.expiring), unknown: [...unknown].sort() };
}
