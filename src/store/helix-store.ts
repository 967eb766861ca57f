import { create } from 'zustand';
import type { Plan } from '../domain/plan/plan';
import { markDone, markUndone } from '../domain/progress/progress-map';
import { EMPTY_STATE, type PersistedState, type Settings } from '../domain/storage/state-shape';

interface Actions {
  /** Marks ids done and others not done, in one change (one write, one undo step). */
  setMarks: (done: readonly string[], undone: readonly string[]) => void;
  setDone: (ids: readonly string[], done: boolean) => void;
  upsertPlan: (plan: Plan) => void;
  deletePlan: (id: string) => void;
  setActivePlan: (id: string | null) => void;
  updateSettings: (patch: Partial<Settings>) => void;
  replaceAll: (state: PersistedState) => void;
}

export type HelixState = PersistedState & Actions;

export const INITIAL_STATE: PersistedState = EMPTY_STATE;

/** The time of a change: never before the last Replace, which every copy treats as the start of history. */
const now = () => Math.max(Date.now(), useHelixStore.getState().replacedAt);

/** The persisted part of the store's state (what stateText writes). */
export function persistedOf(s: PersistedState): PersistedState {
  return { progress: s.progress, plans: s.plans, deletedPlans: s.deletedPlans, activePlanId: s.activePlanId, settings: s.settings, replacedAt: s.replacedAt, unknown: s.unknown };
}

/**
 * Progress, plans and settings: one versioned store (docs/decisions/009-storage-layout-v3.md). Loading,
 * saving are src/store/persistence.ts, other tabs' writes src/store/cross-tab.ts; undo is src/store/history.ts.
 */
export const useHelixStore = create<HelixState>()((set) => ({
  ...INITIAL_STATE,
  setMarks: (done, undone) =>
    set((s) => {
      const at = now();
      return { progress: markDone(markUndone(s.progress, undone, at), done, at) };
    }),
  setDone: (ids, done) => set((s) => ({ progress: done ? markDone(s.progress, ids, now()) : markUndone(s.progress, ids, now()) })),
  upsertPlan: (plan) =>
    set((s) => {
      const updated = { ...plan, updatedAt: now() };
      const exists = s.plans.some((p) => p.id === plan.id);
      return { plans: exists ? s.plans.map((p) => (p.id === plan.id ? updated : p)) : [...s.plans, updated] };
    }),
  deletePlan: (id) =>
    set((s) => {
      const plans = s.plans.filter((p) => p.id !== id);
      const activePlanId = s.activePlanId === id ? (plans[0]?.id ?? null) : s.activePlanId;
      return { plans, activePlanId, deletedPlans: new Map(s.deletedPlans).set(id, now()) };
    }),
  setActivePlan: (id) => set({ activePlanId: id }),
  updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
  replaceAll: (state) => set(persistedOf(state)),
}));
