import type { Plan } from '../plan/plan';
import { mergeProgress } from '../progress/progress-map';
import type { PersistedState } from './persisted-state';

/**
 * Merges two copies of saved state (two tabs, or an import) without losing anything:
 * progress per id (later change wins), plans by id (newer `updatedAt` wins), deletions by tombstone
 * (a plan deleted after its last edit stays deleted). Keys are sorted so both tabs write the same text.
 */
export function mergePersisted(mine: PersistedState, theirs: PersistedState): PersistedState {
  const deletedPlans: Record<string, number> = { ...mine.deletedPlans };
  for (const [id, at] of Object.entries(theirs.deletedPlans)) deletedPlans[id] = Math.max(at, deletedPlans[id] ?? 0);
  const byId = new Map<string, Plan>();
  for (const plan of [...mine.plans, ...theirs.plans]) {
    const current = byId.get(plan.id);
    if (!current || plan.updatedAt > current.updatedAt) byId.set(plan.id, plan);
  }
  const plans = [...byId.values()]
    .filter((plan) => (deletedPlans[plan.id] ?? -1) < plan.updatedAt)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  for (const plan of plans) delete deletedPlans[plan.id];
  // The incoming copy's active plan wins while it exists: both copies then agree, so two tabs that keep
  // merging each other's writes settle on one text instead of rewriting it back and forth.
  const active = plans.some((p) => p.id === theirs.activePlanId) ? theirs.activePlanId : mine.activePlanId;
  return {
    progress: sortKeys(mergeProgress(mine.progress, theirs.progress)),
    plans,
    deletedPlans: sortKeys(deletedPlans),
    activePlanId: plans.some((p) => p.id === active) ? active : (plans[0]?.id ?? null),
    settings: theirs.settings,
  };
}

function sortKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as T;
  return sorted;
}
