import type { ControlPlaneHome, ForHome, KnownHome } from '../../snapshot/cluster-shape.ts';

/** An item to show, with the homes it is limited to when the page must say so (the home is unknown). */
export type Shown<T> = { item: T; onlyFor: readonly KnownHome[] | null };

/**
 * The items that apply where the control plane runs. When the snapshot does not tell, every item is
 * shown, each limited one with the homes it is for, so the page never presents kubeadm's paths as
 * this cluster's, nor hides the step that would have helped.
 */
export function forHome<T extends ForHome>(items: readonly T[], home: ControlPlaneHome): Shown<T>[] {
  if (home === 'unknown') return items.map((item) => ({ item, onlyFor: item.on ?? null }));
  return items.filter((item) => item.on === undefined || item.on.includes(home)).map((item) => ({ item, onlyFor: null }));
}
