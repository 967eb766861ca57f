import type { Plan } from '../plan/plan';
import { mergeProgress, ProgressMap, type ProgressMark } from '../progress/progress-map';
import type { PersistedState } from './state-shape';

/** Keeps only marks made at or after `since` (what survives a Replace made at that time). */
export function marksSince(map: ProgressMap, since: number): ProgressMap {
  const kept: [string, ProgressMark][] = [];
  for (const [id, mark] of map) if (mark.at >= since) kept.push([id, mark]);
  return kept.length === map.size ? map : ProgressMap.of(kept);
}

/**
 * A copy as it stands after a Replace made at `replacedAt`: whatever was last changed before it is gone. This
 * holds for every copy, the replacing one included (its own marks and plans are stamped with the Replace's time,
 * and anything merged in later is at least that recent), so stale marks cannot come back by way of a copy
 * that already knows about the Replace.
 */
function afterReplace(state: PersistedState, replacedAt: number): PersistedState {
  if (replacedAt === 0) return state;
  const progress = marksSince(state.progress, replacedAt);
  const plans = state.plans.filter((plan) => plan.updatedAt >= replacedAt);
  return progress === state.progress && plans.length === state.plans.length && state.replacedAt === replacedAt ? state : { ...state, progress, plans, replacedAt };
}

/**
 * Merges two copies of saved state (two tabs, or an import) without losing anything:
 * progress per id (later change wins), plans by id (newer `updatedAt` wins), deletions by tombstone
 * (a plan deleted after its last edit stays deleted), and a Replace-import by its time (whatever either
 * copy last changed before the newest Replace is dropped). Every id-keyed collection is a Map, so any id
 * is safe. Equal inputs give equal text when written (see stateText), so two tabs settle.
 */
export function mergePersisted(mineIn: PersistedState, theirsIn: PersistedState): PersistedState {
  const replacedAt = Math.max(mineIn.replacedAt, theirsIn.replacedAt);
  const mine = afterReplace(mineIn, replacedAt);
  const theirs = afterReplace(theirsIn, replacedAt);
  const deletedPlans = new Map(mine.deletedPlans);
  for (const [id, at] of theirs.deletedPlans) deletedPlans.set(id, Math.max(at, deletedPlans.get(id) ?? 0));
  const byId = new Map<string, Plan>();
  for (const plan of [...mine.plans, ...theirs.plans]) {
    const current = byId.get(plan.id);
    if (!current || plan.updatedAt > current.updatedAt) byId.set(plan.id, plan);
  }
  const plans = [...byId.values()]
    .filter((plan) => (deletedPlans.get(plan.id) ?? -1) < plan.updatedAt)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const plan of plans) deletedPlans.delete(plan.id);
  // The incoming copy's active plan wins while it exists: both copies then agree, so two tabs that keep
  // merging each other's writes settle on one text instead of rewriting it back and forth.
  const active = plans.some((p) => p.id === theirs.activePlanId) ? theirs.activePlanId : mine.activePlanId;
  const unknownState = Object.assign(Object.create(null) as Record<string, unknown>, mine.unknown.state, theirs.unknown.state);
  const unknownSettings = Object.assign(Object.create(null) as Record<string, unknown>, mine.unknown.settings, theirs.unknown.settings);
  return {
    progress: mergeProgress(mine.progress, theirs.progress),
    plans,
    deletedPlans,
    activePlanId: plans.some((p) => p.id === active) ? active : (plans[0]?.id ?? null),
    settings: theirs.settings,
    replacedAt,
    unknown: { state: unknownState, settings: unknownSettings },
  };
}
