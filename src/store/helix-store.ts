import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Plan } from '../domain/plan/plan';
import { markDone, markUndone, type ProgressMap } from '../domain/progress/progress-map';
import { DEFAULT_SETTINGS, restorePersisted, STATE_VERSION, type PersistedState, type Settings } from '../domain/storage/persisted-state';
import { mergePersisted } from '../domain/storage/merge-persisted';
import { createSafeStorage, STORAGE_KEY } from './safe-storage';

interface Actions {
  setDone: (ids: readonly string[], done: boolean) => void;
  /** Restores marks exactly as they were (used by undo), stamped now so the undo wins a merge. */
  restoreMarks: (previous: Readonly<Record<string, boolean | undefined>>) => void;
  upsertPlan: (plan: Plan) => void;
  deletePlan: (id: string) => void;
  restorePlan: (plan: Plan, wasActive: boolean) => void;
  setActivePlan: (id: string | null) => void;
  updateSettings: (patch: Partial<Settings>) => void;
  /** Merges state arriving from another tab or an import (union of progress, newer plans win). */
  mergeIn: (incoming: PersistedState) => void;
  replaceAll: (state: PersistedState) => void;
}

export type HelixState = PersistedState & Actions;

export const INITIAL_STATE: PersistedState = { progress: {}, plans: [], deletedPlans: {}, activePlanId: null, settings: DEFAULT_SETTINGS };

const now = () => Date.now();

/** Progress, plans and settings: one persisted, versioned store (docs/decisions/003-storage-layout.md). */
export const useHelixStore = create<HelixState>()(
  persist(
    (set) => ({
      ...INITIAL_STATE,
      setDone: (ids, done) =>
        set((s) => ({ progress: done ? markDone(s.progress, ids, now()) : markUndone(s.progress, ids, now()) })),
      restoreMarks: (previous) =>
        set((s) => {
          const at = now();
          let progress: ProgressMap = s.progress;
          const toDone = Object.keys(previous).filter((id) => previous[id] === true);
          const toUndone = Object.keys(previous).filter((id) => previous[id] !== true);
          progress = markDone(progress, toDone, at);
          progress = markUndone(progress, toUndone, at);
          return { progress };
        }),
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
          return { plans, activePlanId, deletedPlans: { ...s.deletedPlans, [id]: now() } };
        }),
      restorePlan: (plan, wasActive) =>
        set((s) => {
          const { [plan.id]: _gone, ...deletedPlans } = s.deletedPlans;
          const restored = { ...plan, updatedAt: now() };
          return { plans: [...s.plans.filter((p) => p.id !== plan.id), restored], deletedPlans, activePlanId: wasActive ? plan.id : s.activePlanId };
        }),
      setActivePlan: (id) => set({ activePlanId: id }),
      updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
      mergeIn: (incoming) => set((s) => mergePersisted(s, incoming)),
      replaceAll: (state) => set(state),
    }),
    {
      name: STORAGE_KEY,
      // The storage validates and migrates every read (readState → restorePersisted) and always hands
      // back the current version, so persist's own migrate hook is never needed.
      version: STATE_VERSION,
      storage: createSafeStorage(),
      partialize: (s): PersistedState => ({
        progress: s.progress,
        plans: s.plans,
        deletedPlans: s.deletedPlans,
        activePlanId: s.activePlanId,
        settings: s.settings,
      }),
    },
  ),
);

/** Another tab wrote: merge its copy instead of letting the next write of ours overwrite it. */
export function startCrossTabSync(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    try {
      const envelope = JSON.parse(event.newValue) as { state?: unknown; version?: unknown };
      if (typeof envelope.version !== 'number') return;
      const restored = restorePersisted(envelope.state, envelope.version);
      if (restored.ok) useHelixStore.getState().mergeIn(restored.state);
    } catch {
      // another tab wrote something unreadable: keep ours; our next write stores a good copy
    }
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

