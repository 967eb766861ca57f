import type { Plan } from '../domain/plan/plan';
import type { ProgressMark, ProgressMap } from '../domain/progress/progress-map';
import { useHelixStore, type HelixState } from './helix-store';
import { useUndoStore } from './undo-store';

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

function inverseOf(before: HelixState, after: HelixState): Inverse {
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
    else if (current.deletedPlans.has(id)) current.restorePlan(plan, false);
    else current.upsertPlan(plan);
  }
  const current = useHelixStore.getState();
  if (inverse.activeChanged && (inverse.activePlanId === null || current.plans.some((p) => p.id === inverse.activePlanId))) current.setActivePlan(inverse.activePlanId);
}

/**
 * Runs a change and records its undo: actions declare that they are undoable, and the history works
 * out what they changed (marks, plans, the active plan) by comparing the state before and after, so no
 * call site writes its own inverse. Ctrl/Cmd+Z walks back through the last changes.
 */
export function recordChange(label: string, change: () => void): void {
  const before = useHelixStore.getState();
  change();
  const after = useHelixStore.getState();
  const inverse = inverseOf(before, after);
  if (inverse.marks.size === 0 && inverse.plans.size === 0 && !inverse.activeChanged) return;
  useUndoStore.getState().push({ label, undo: () => applyInverse(inverse) });
}
