import type { Plan } from '../plan/plan';
import { clampFutureMarks, ProgressMap } from '../progress/progress-map';

/**
 * What Helix keeps in localStorage (docs/decisions/009-storage-layout-v3.md).
 * Version 1 (the first prototype) kept done ids without timestamps; version 2 keeps marks with times,
 * plan tombstones and settings; version 3 adds `replacedAt` (a Replace-import clears everything older in
 * every copy) and keeps fields it does not know.
 */
export const STATE_VERSION = 3;

export interface Settings {
  /** Hide titles and reasons of items well past the user's position. */
  spoilerSafety: boolean;
  hideDone: boolean;
  /** When the user last exported a backup (epoch ms), for the storage-loss reminder. */
  lastBackupAt: number | null;
}

export const DEFAULT_SETTINGS: Settings = { spoilerSafety: true, hideDone: false, lastBackupAt: null };

/** Fields of the saved state (and of its settings) that this version does not know, written back as they were. */
export interface UnknownFields {
  state: Readonly<Record<string, unknown>>;
  settings: Readonly<Record<string, unknown>>;
}

export const NO_UNKNOWN_FIELDS: UnknownFields = Object.freeze({ state: Object.freeze(Object.create(null)), settings: Object.freeze(Object.create(null)) });

export interface PersistedState {
  progress: ProgressMap;
  plans: Plan[];
  /** Deleted plan ids with the time of deletion, so another tab's copy does not bring them back. */
  deletedPlans: ReadonlyMap<string, number>;
  activePlanId: string | null;
  settings: Settings;
  /**
   * When the last Replace-import happened (epoch ms, 0 = never). Marks and plans last changed before it
   * belong to the replaced state: a copy that still has them (another open tab) drops them on merge.
   */
  replacedAt: number;
  unknown: UnknownFields;
}

export const EMPTY_STATE: PersistedState = {
  progress: ProgressMap.EMPTY,
  plans: [],
  deletedPlans: new Map(),
  activePlanId: null,
  settings: DEFAULT_SETTINGS,
  replacedAt: 0,
  unknown: NO_UNKNOWN_FIELDS,
};

/** The same state with no time later than `now`, and an active plan that exists (or none when there is no plan). */
export function settle(state: PersistedState, now: number): PersistedState {
  const clamp = (at: number) => Math.min(at, now);
  const plans = state.plans.map((plan) => (plan.updatedAt > now || plan.createdAt > now ? { ...plan, createdAt: clamp(plan.createdAt), updatedAt: clamp(plan.updatedAt) } : plan));
  const deletedPlans = new Map([...state.deletedPlans].map(([id, at]) => [id, clamp(at)] as const));
  // A hand-edited or stale active id must not hide the plans that exist.
  const activePlanId = plans.some((plan) => plan.id === state.activePlanId) ? state.activePlanId : (plans[0]?.id ?? null);
  return { ...state, progress: clampFutureMarks(state.progress, now), plans, deletedPlans, activePlanId, replacedAt: clamp(state.replacedAt) };
}
