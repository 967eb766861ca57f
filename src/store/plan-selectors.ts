import type { Plan } from '../domain/plan/plan';
import { useHelixStore } from './helix-store';
import { currentPackId } from './pack-progress';

const byPack = new WeakMap<readonly Plan[], Map<string, readonly Plan[]>>();

/** The plans made in one pack (a cached list: the same array until the plans change, so selectors stay stable). */
export function plansOfPack(plans: readonly Plan[], packId: string | null): readonly Plan[] {
  if (packId === null) return plans;
  let cache = byPack.get(plans);
  if (!cache) {
    cache = new Map();
    byPack.set(plans, cache);
  }
  let list = cache.get(packId);
  if (!list) {
    list = plans.filter((plan) => plan.packId === packId);
    cache.set(packId, list);
  }
  return list;
}

/**
 * The pack's active plan: the active plan when it belongs to this pack, else the pack's most recently changed
 * plan (coming back to a universe opens where you last worked in it), else none. A stale or hand-edited id
 * never hides plans.
 */
export function activePlanOf(plans: readonly Plan[], activePlanId: string | null, packId: string | null): Plan | null {
  const mine = plansOfPack(plans, packId);
  const active = mine.find((plan) => plan.id === activePlanId);
  if (active) return active;
  return mine.reduce<Plan | null>((best, plan) => (best === null || plan.updatedAt > best.updatedAt ? plan : best), null);
}

/** The plans of the pack on screen. */
export function usePackPlans(): readonly Plan[] {
  return useHelixStore((s) => plansOfPack(s.plans, currentPackId()));
}

/** The active plan of the pack on screen. */
export function useActivePlan() {
  return useHelixStore((s) => activePlanOf(s.plans, s.activePlanId, currentPackId()));
}

export function usePlan(id: string | undefined) {
  return useHelixStore((s) => (id ? (s.plans.find((plan) => plan.id === id) ?? null) : null));
}
