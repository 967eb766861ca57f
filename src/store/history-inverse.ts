import type { Plan } from '../domain/plan/plan';
import type { ProgressMark, ProgressMap } from '../domain/progress/progress-map';
import { useHelixStore, type HelixState } from './helix-store';

/** What a change altered, as it was before: enough to put it back. */
interface Inverse {
  marks: Map<string, ProgressMark | undefined>;
  plans: Map<string, Plan | undefined>;
  activePlanId: string | null;
  activeChanged: boolean;
}

function changedMarks(before: ProgressMap, after: ProgressMap): Map<string, ProgressMark | undefined> {
  const changed = new Map<string, ProgressMark | undefined>();
  after.buckets.forEach((bucket, i) => {
    const old = before.buckets[i];
    if (bucket === old || !old) return; // untouched buckets are shared: nothing to compare
    for (const [id, mark] of bucket) if (old.get(id) !== mark) changed.set(id, old.get(id));
  });
  return changed;
}

function changedPlans(before: readonly Plan[], after: readonly Plan[]): Map<string, Plan | undefined> {
  const changed = new Map<string, Plan | undefined>();
  const old = new Map(before.map((plan) => [plan.id, plan]));
  const now = new Set(after.map((plan) => plan.id));
  for (const plan of after) if (old.get(plan.id) !== plan) changed.set(plan.id, old.get(plan.id));
  for (const plan of before) if (!now.has(plan.id)) changed.set(plan.id, plan);
  return changed;
}

export function inverseOf(before: HelixState, after: HelixState): Inverse {
  return {
    marks: before.progress === after.progress ? new Map() : changedMarks(before.progress, after.progress),
    plans: before.plans === after.plans ? new Map() : changedPlans(before.plans, after.plans),
    activePlanId: before.activePlanId,
    activeChanged: before.activePlanId !== after.activePlanId,
  };
}

/** Puts back what a change altered. Everything is stamped now, so the undo also wins against other tabs' copies. */
function applyInverse(inverse: Inverse): void {
  const store = useHelixStore.getState();
  const done: string[] = [];
  const undone: string[] = [];
  for (const [id, mark] of inverse.marks) (mark?.done ? done : undone).push(id);
  if (done.length + undone.length > 0) store.setMarks(done, undone);
  for (const [id, plan] of inverse.plans) {
    const current = useHelixStore.getState();
    if (plan === undefined) current.deletePlan(id);
    else if (current.deletedPlans.has(id)) {
      // A deleted plan comes back without its tombstone, stamped now so it wins a merge with other tabs.
      const deletedPlans = new Map(current.deletedPlans);
      deletedPlans.delete(id);
      useHelixStore.setState({ plans: [...current.plans.filter((p) => p.id !== id), { ...plan, updatedAt: Math.max(Date.now(), current.replacedAt) }], deletedPlans });
    }
    else current.upsertPlan(plan);
  }
  const current = useHelixStore.getState();
  if (inverse.activeChanged && (inverse.activePlanId === null || current.plans.some((p) => p.id === inverse.activePlanId))) current.setActivePlan(inverse.activePlanId);
}

/** Puts back what the change from `before` to `after` altered (computed now, at undo time). */
export function undoChange(before: HelixState, after: HelixState): void {
  applyInverse(inverseOf(before, after));
}
