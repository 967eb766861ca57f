import * as z from 'zod/mini';
import type { Plan } from '../plan/plan';
import { planSchema } from '../plan/plan-schema';
import type { ProgressMap } from '../progress/progress-map';
import { progressMapSchema } from '../progress/progress-map-schema';
import { isRecordLike } from '../storage/id-record';

export const BACKUP_FORMAT = 'helix-backup';
export const BACKUP_VERSION = 1;

/** A downloaded backup: everything the user made, nothing the data pack already holds. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 date-time of the export. */
  exportedAt: string;
  plans: Plan[];
  activePlanId: string | null;
  progress: ProgressMap;
  settings: Record<string, unknown>;
}

/** The part of the app's state a backup saves and restores. */
export type BackupState = Pick<BackupFile, 'plans' | 'activePlanId' | 'progress' | 'settings'>;

const isoDateTime = z
  .string()
  .check(z.refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO date-time'));

/** Free-form settings, copied key by key into a null-prototype record (a `__proto__` key stays a key). */
const freeRecordSchema = z.pipe(
  z.unknown(),
  z.transform((input: unknown, ctx) => {
    if (!isRecordLike(input)) {
      ctx.issues.push({ code: 'custom', message: 'must be an object', input });
      return z.NEVER;
    }
    return Object.assign(Object.create(null) as Record<string, unknown>, input);
  }),
);

export const backupFileSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: isoDateTime,
    plans: z.array(planSchema).check(z.maxLength(1000, 'has too many plans')),
    activePlanId: z.nullable(z.string()),
    progress: progressMapSchema,
    settings: freeRecordSchema,
  })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.plans.forEach((plan, index) => {
        if (seen.has(plan.id)) ctx.issues.push({ code: 'custom', message: 'another plan has the same id', path: ['plans', index, 'id'], input: plan.id });
        seen.add(plan.id);
      });
      if (file.activePlanId !== null && !seen.has(file.activePlanId))
        ctx.issues.push({ code: 'custom', message: 'names no plan in this backup', path: ['activePlanId'], input: file.activePlanId });
    }),
  );

/** Builds the file to download. */
export function createBackup(state: BackupState, now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    plans: [...state.plans],
    activePlanId: state.activePlanId,
    progress: state.progress,
    settings: state.settings,
  };
}
