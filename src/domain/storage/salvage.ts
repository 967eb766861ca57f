import { planSchema } from '../plan/plan-schema';
import type { Plan } from '../plan/plan';
import { ProgressMap, type ProgressMark } from '../progress/progress-map';
import { isRecordLike } from './id-record';
import { DEFAULT_SETTINGS, EMPTY_STATE, settle, STATE_VERSION, type PersistedState, type Settings } from './persisted-state';

export interface Salvaged {
  state: PersistedState;
  /** Entries that could not be read at all and were left out. */
  dropped: number;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * Reads what can be read of a saved state that failed validation: each mark, plan and tombstone on its own.
 * A mark whose time is broken but whose done flag is clear keeps the flag with time 0 (any later change wins),
 * so a copy damaged by an old bug (a `null` time) comes back whole. Null for a newer format or no object at all.
 */
export function salvagePersisted(state: unknown, version: number, now = Number.POSITIVE_INFINITY): Salvaged | null {
  if (version > STATE_VERSION || !isRecordLike(state)) return null;
  let dropped = 0;
  const marks: [string, ProgressMark][] = [];
  if (version === 1 && Array.isArray(state.done)) {
    for (const id of state.done) {
      if (typeof id === 'string' && id !== '') marks.push([id, { done: true, at: 0 }]);
      else dropped += 1;
    }
  } else if (isRecordLike(state.progress)) {
    for (const id of Object.keys(state.progress)) {
      const mark = state.progress[id];
      if (id !== '' && isRecordLike(mark) && typeof mark.done === 'boolean') marks.push([id, { done: mark.done, at: isTime(mark.at) ? mark.at : 0 }]);
      else dropped += 1;
    }
  }
  const plans: Plan[] = [];
  const seen = new Set<string>();
  for (const raw of Array.isArray(state.plans) ? state.plans : []) {
    const plan = planSchema.safeParse(raw);
    if (plan.success && !seen.has(plan.data.id)) {
      plans.push(plan.data);
      seen.add(plan.data.id);
    } else dropped += 1;
  }
  const deletedPlans = new Map<string, number>();
  if (isRecordLike(state.deletedPlans)) {
    for (const id of Object.keys(state.deletedPlans)) {
      const at = state.deletedPlans[id];
      if (id !== '' && isTime(at)) deletedPlans.set(id, at);
      else dropped += 1;
    }
  }
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (isRecordLike(state.settings)) {
    if (typeof state.settings.spoilerSafety === 'boolean') settings.spoilerSafety = state.settings.spoilerSafety;
    if (typeof state.settings.hideDone === 'boolean') settings.hideDone = state.settings.hideDone;
    if (state.settings.lastBackupAt === null || isTime(state.settings.lastBackupAt)) settings.lastBackupAt = state.settings.lastBackupAt;
  }
  const salvaged: PersistedState = {
    ...EMPTY_STATE,
    progress: ProgressMap.of(marks),
    plans,
    deletedPlans,
    activePlanId: typeof state.activePlanId === 'string' ? state.activePlanId : null,
    settings,
    replacedAt: isTime(state.replacedAt) ? state.replacedAt : 0,
  };
  return { state: settle(salvaged, now), dropped };
}
