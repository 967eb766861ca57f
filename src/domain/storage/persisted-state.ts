import * as z from 'zod/mini';
import { planSchema } from '../plan/plan-schema';
import { ProgressMap } from '../progress/progress-map';
import { progressMapSchema } from '../progress/progress-map-schema';
import { idRecordSchema } from './id-record-schema';
import { isRecordLike } from './id-record';
import { DEFAULT_SETTINGS, EMPTY_STATE, settle, STATE_VERSION, type PersistedState, type UnknownFields } from './state-shape';

// The state's shape lives in state-shape.ts (no zod: the initial chunk needs it); reading saved text needs this file.
export * from './state-shape';

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
