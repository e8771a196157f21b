/**
 * Upgrades a snapshot written by an older kube-runbook to the current schemaVersion, one step at a
 * time. Each step takes the previous version's JSON and returns the next one's.
 */
const steps: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 is the first version: nothing to migrate yet. Add `1: (v1) => ({ ...v1, schemaVersion: 2, ... })`.
};

/** Returns the snapshot at the current schemaVersion (the caller has rejected newer versions). */
export function migrate(value: { schemaVersion: number }): unknown {
  let current = value as Record<string, unknown> & { schemaVersion: number };
  while (steps[current.schemaVersion]) {
    current = steps[current.schemaVersion]!(current) as typeof current;
  }
  return current;
}
