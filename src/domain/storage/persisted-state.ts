import * as z from 'zod/mini';
import type { Plan } from '../plan/plan';
import { planSchema } from '../plan/plan-schema';
import { clampFutureMarks, ProgressMap, progressMapSchema } from '../progress/progress-map';
import { idRecordSchema, isRecordLike } from './id-record';

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

const timestamp = z.number().check(z.nonnegative('must not be negative'), z.refine(Number.isFinite, 'must be a finite number'));

const settingsSchema = z.object({
  spoilerSafety: z.boolean(),
  hideDone: z.boolean(),
  lastBackupAt: z.nullable(timestamp),
});

const STATE_FIELDS = ['progress', 'plans', 'deletedPlans', 'activePlanId', 'settings', 'replacedAt'];
const SETTINGS_FIELDS = Object.keys(DEFAULT_SETTINGS);

const stateSchema = z.object({
  // Version 3 keeps progress in shards beside the main record (state-text.ts); versions 1 and 2 inline.
  progress: z.optional(progressMapSchema),
  plans: z.array(planSchema),
  deletedPlans: idRecordSchema(timestamp, 'a plan id must not be empty'),
  activePlanId: z.nullable(z.string()),
  settings: settingsSchema,
  replacedAt: z.optional(timestamp),
});

const v1Schema = z.object({
  done: z.array(z.string().check(z.minLength(1))),
  plans: z.array(planSchema),
  activePlanId: z.nullable(z.string()),
});

export type RestoreResult = { ok: true; state: PersistedState } | { ok: false; reason: string };

/**
 * Validates stored state of any known version and migrates it to the current one. Never throws.
 * Times later than `now` (a clock that ran ahead) are read as `now`, so they cannot outrank later changes.
 */
export function restorePersisted(state: unknown, version: number, now = Number.POSITIVE_INFINITY): RestoreResult {
  if (version > STATE_VERSION) return { ok: false, reason: `it was saved by a newer version of Helix (format ${version})` };
  if (version === 1) {
    const v1 = v1Schema.safeParse(state);
    if (!v1.success) return { ok: false, reason: describe(v1.error.issues) };
    const progress = ProgressMap.of(v1.data.done.map((id) => [id, { done: true, at: 0 }] as const));
    return { ok: true, state: settle({ ...EMPTY_STATE, progress, plans: v1.data.plans, activePlanId: v1.data.activePlanId }, now) };
  }
  if (version !== 2 && version !== STATE_VERSION) return { ok: false, reason: `format ${version} is unknown` };
  const parsed = stateSchema.safeParse(state);
  if (!parsed.success) return { ok: false, reason: describe(parsed.error.issues) };
  if (version === 2 && parsed.data.progress === undefined) return { ok: false, reason: 'its contents are not in the expected shape (progress: missing)' };
  const { replacedAt = 0, progress = ProgressMap.EMPTY, ...known } = parsed.data;
  const raw = state as Record<string, unknown>;
  const unknown: UnknownFields = { state: unknownFields(raw, STATE_FIELDS), settings: unknownFields(raw.settings, SETTINGS_FIELDS) };
  return { ok: true, state: settle({ ...known, progress, replacedAt, unknown }, now) };
}

/** The same state with no time later than `now`, and an active plan that exists (or none when there is no plan). */
export function settle(state: PersistedState, now: number): PersistedState {
  const clamp = (at: number) => Math.min(at, now);
  const plans = state.plans.map((plan) => (plan.updatedAt > now || plan.createdAt > now ? { ...plan, createdAt: clamp(plan.createdAt), updatedAt: clamp(plan.updatedAt) } : plan));
  const deletedPlans = new Map([...state.deletedPlans].map(([id, at]) => [id, clamp(at)] as const));
  // A hand-edited or stale active id must not hide the plans that exist.
  const activePlanId = plans.some((plan) => plan.id === state.activePlanId) ? state.activePlanId : (plans[0]?.id ?? null);
  return { ...state, progress: clampFutureMarks(state.progress, now), plans, deletedPlans, activePlanId, replacedAt: clamp(state.replacedAt) };
}

function unknownFields(value: unknown, known: readonly string[]): Record<string, unknown> {
  const extra = Object.create(null) as Record<string, unknown>;
  if (!isRecordLike(value)) return extra;
  for (const key of Object.keys(value)) if (!known.includes(key)) extra[key] = value[key];
  return extra;
}

function describe(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'its contents are not in the expected shape';
  return `its contents are not in the expected shape (${first.path.map(String).join('.') || 'root'}: ${first.message})`;
}
