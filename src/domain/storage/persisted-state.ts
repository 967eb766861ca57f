import * as z from 'zod/mini';
import type { Plan } from '../plan/plan';
import { planSchema } from '../plan/plan-schema';
import { progressMapSchema, type ProgressMap } from '../progress/progress-map';

/**
 * What Helix keeps in localStorage (docs/decisions/003-storage-layout.md).
 * Version 1 (the first prototype) kept done ids without timestamps; version 2 keeps marks with times,
 * plan tombstones and settings.
 */
export const STATE_VERSION = 2;

export interface Settings {
  /** Hide titles and reasons of items well past the user's position. */
  spoilerSafety: boolean;
  hideDone: boolean;
  /** When the user last exported a backup (epoch ms), for the storage-loss reminder. */
  lastBackupAt: number | null;
}

export const DEFAULT_SETTINGS: Settings = { spoilerSafety: true, hideDone: false, lastBackupAt: null };

export interface PersistedState {
  progress: ProgressMap;
  plans: Plan[];
  /** Deleted plan ids with the time of deletion, so another tab's copy does not bring them back. */
  deletedPlans: Record<string, number>;
  activePlanId: string | null;
  settings: Settings;
}

const timestamp = z.number().check(z.nonnegative(), z.refine(Number.isFinite, 'must be a finite number'));

const settingsSchema = z.object({
  spoilerSafety: z.boolean(),
  hideDone: z.boolean(),
  lastBackupAt: z.nullable(timestamp),
});

export const persistedStateSchema = z.object({
  progress: progressMapSchema,
  plans: z.array(planSchema),
  deletedPlans: z.record(z.string(), timestamp),
  activePlanId: z.nullable(z.string()),
  settings: settingsSchema,
});

const v1Schema = z.object({
  done: z.array(z.string().check(z.minLength(1))),
  plans: z.array(planSchema),
  activePlanId: z.nullable(z.string()),
});

export type RestoreResult = { ok: true; state: PersistedState } | { ok: false; reason: string };

/** Validates stored state of any known version and migrates it to the current one. Never throws. */
export function restorePersisted(state: unknown, version: number): RestoreResult {
  if (version > STATE_VERSION) return { ok: false, reason: `it was saved by a newer version of Helix (format ${version})` };
  if (version === 1) {
    const v1 = v1Schema.safeParse(state);
    if (!v1.success) return { ok: false, reason: describe(v1.error.issues) };
    const progress: Record<string, { done: boolean; at: number }> = {};
    for (const id of v1.data.done) progress[id] = { done: true, at: 0 };
    return { ok: true, state: { progress, plans: v1.data.plans, deletedPlans: {}, activePlanId: v1.data.activePlanId, settings: DEFAULT_SETTINGS } };
  }
  if (version !== STATE_VERSION) return { ok: false, reason: `format ${version} is unknown` };
  const current = persistedStateSchema.safeParse(state);
  if (!current.success) return { ok: false, reason: describe(current.error.issues) };
  return { ok: true, state: current.data };
}

function describe(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'its contents are not in the expected shape';
  return `its contents are not in the expected shape (${first.path.map(String).join('.') || 'root'}: ${first.message})`;
}
