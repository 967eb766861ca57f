import type { Pack } from '../domain/pack/schema';
import type { Plan } from '../domain/plan/plan';
import { uniquePlanName } from '../domain/plan/plan-names';
import { planFromPreset, type Preset } from '../domain/plan/presets';
import { useHelixStore } from './helix-store';
import { recordChange } from './history';

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newPlanId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `plan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const takenNames = () => useHelixStore.getState().plans.map((plan) => plan.name);

/**
 * Creates a plan from a preset, under the preset's name or, when a plan has that name, "… (2)", makes it
 * active, and offers an undo that takes it away again and brings back the plan that was active before.
 */
export function startPreset(pack: Pack, preset: Preset): Plan {
  const store = useHelixStore.getState();
  const plan = planFromPreset(pack, preset, { id: newPlanId(), now: Date.now(), startDate: todayDate(), name: uniquePlanName(preset.name, takenNames()) });
  // Undo takes the plan away again and makes the plan that was active before active again (see recordChange).
  recordChange(`Started “${plan.name}”`, () => {
    store.upsertPlan(plan);
    store.setActivePlan(plan.id);
  });
  return plan;
}

export function duplicatePlan(plan: Plan): Plan {
  const now = Date.now();
  const copy: Plan = { ...plan, id: newPlanId(), name: uniquePlanName(`${plan.name} (copy)`, takenNames()), createdAt: now, updatedAt: now };
  useHelixStore.getState().upsertPlan(copy);
  return copy;
}

/** Deletes a plan, offering an undo that brings it back exactly. */
export function deletePlanWithUndo(plan: Plan): void {
  recordChange(`Deleted “${plan.name}”`, () => useHelixStore.getState().deletePlan(plan.id));
}
