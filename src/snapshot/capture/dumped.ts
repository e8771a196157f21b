import type { KubeObject } from '../raw.ts';
import { LAST_APPLIED } from '../redact.ts';

/**
 * Makes an item look as in `kubectl get -o json`: kind/apiVersion set, managedFields gone (kubectl
 * hides them by default, no snapshot field reads them, and they are about a third of a pod's JSON,
 * so dropping them page by page shrinks what a big capture holds), last-applied gone (it can hold values). In place, unlike
 * withoutLastApplied: a page's items are dropped by the caller anyway, and copies would double them.
 */
export function asDumped(item: KubeObject, spec: { apiVersion: string; kind: string }): KubeObject {
  item.apiVersion ??= spec.apiVersion;
  item.kind ??= spec.kind;
  const metadata = item.metadata;
  if (metadata) {
    delete metadata['managedFields'];
    if (metadata.annotations && LAST_APPLIED in metadata.annotations) delete metadata.annotations[LAST_APPLIED];
  }
  return item;
}
