import { RunbookError } from '../snapshot/errors.ts';
import { SHAPE_TAGS, clusterShape, shapeIs, type ClusterShape, type ShapeTag } from '../snapshot/cluster-shape.ts';
import type { Snapshot } from '../snapshot/schema.ts';

/** The shape of no snapshot at all: nothing is known, so pages show their "unknown" text. */
const NOTHING_KNOWN: ClusterShape = { distribution: 'unknown', controlPlane: 'unknown', datastore: 'unknown', controlPlaneNodes: [], smallArmNodes: false, evidence: [] };

/** The shape of the latest snapshot, or of nothing. */
export function shapeOf(snapshot: Snapshot | null): ClusterShape {
  return snapshot ? clusterShape(snapshot) : NOTHING_KNOWN;
}

/**
 * Tags as a page writes them (`"kubeadm k3s"`, `"static-pods,embedded"`). A misspelt tag would hide
 * text on every cluster: it stops the build, naming `where`.
 */
export function parseShapeTags(text: string, where: string): ShapeTag[] {
  // Stryker disable next-line Regex: splitting at each single separator only adds empty strings, which filter(Boolean) drops as it does those at the ends
  const tags = text.split(/[\s,]+/).filter(Boolean);
  for (const tag of tags) {
    if (!(SHAPE_TAGS as readonly string[]).includes(tag)) {
      throw new RunbookError('E_INPUT', `${where}: unknown cluster shape "${tag}"; use ${SHAPE_TAGS.join(', ')} (src/snapshot/cluster-shape.ts)`);
    }
  }
  return tags as ShapeTag[];
}

/** The `shapes=…` of a command fence's meta, or null when the command is for every cluster. */
export function fenceShapes(meta: string): string | null {
  return /(?:^|\s)shapes=["']?([A-Za-z0-9,-]+)/.exec(meta)?.[1] ?? null;
}

/** The meta without `shapes=…`, for Expressive Code, which does not know it. */
export function withoutShapes(meta: string): string {
  return meta.replace(/(?:^|\s)shapes=["']?[A-Za-z0-9,-]+["']?/, '').trim();
}

/** Whether a command written for `shapes` (null: every cluster) applies to the snapshot's cluster. */
export function commandApplies(meta: string, snapshot: Snapshot | null, where: string): boolean {
  const shapes = fenceShapes(meta);
  return shapes === null || shapeIs(shapeOf(snapshot), parseShapeTags(shapes, where));
}
