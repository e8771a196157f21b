import { readDumps } from '../../src/snapshot/dump.ts';
import { normalize } from '../../src/snapshot/normalize.ts';
import type { Snapshot } from '../../src/snapshot/schema.ts';

/** The clusters of test/fixtures/shapes/ (kubectl dumps of other distributions). */
export type ShapeFixture = 'eks' | 'gke' | 'k3s' | 'kind';

/** The snapshot an import of test/fixtures/shapes/<name>/ makes, captured at 2026-11-28T00:00:00Z. */
export async function shapeSnapshot(name: ShapeFixture): Promise<Snapshot> {
  const dir = `test/fixtures/shapes/${name}`;
  return normalize(await readDumps([`${dir}/nodes.json`, `${dir}/kube-system.json`], { namespace: 'kube-system', capturedAt: '2026-11-28T00:00:00Z', source: 'file' }));
}
