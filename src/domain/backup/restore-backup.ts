import type { Plan } from '../plan/plan';
import { clampFutureMarks, mergeProgress } from '../progress/progress-map';
import type { BackupFile, BackupState } from './backup-file';

export interface BackupSummary {
  plans: number;
  doneItems: number;
  exportedAt: string;
}

/** What the restore dialog shows before the user chooses. */
export function summarizeBackup(backup: BackupFile): BackupSummary {
  return { plans: backup.plans.length, doneItems: backup.progress.doneCount, exportedAt: backup.exportedAt };
}

/**
 * "Merge": nothing of the current state is lost.
 * - Plans are united by id; a plan in both keeps the current copy unless the backup's was
 *   updated later (`updatedAt`). Current plans keep their order; new ones follow.
 * - Progress is merged per id with mergeProgress (later change wins, so a later undo stays undone).
 *   Marks from a clock that ran ahead count as made `now`, so they cannot outrank a later change here.
 * - The active plan stays; only when none is active does the backup's become active.
 * - Settings: current values stay; keys only the backup has are added.
 */
export function mergeBackup(current: BackupState, incoming: BackupState, now = Number.POSITIVE_INFINITY): BackupState {
  const incomingById = new Map(incoming.plans.map((plan) => [plan.id, plan]));
  const currentIds = new Set(current.plans.map((plan) => plan.id));
  const clamp = (plan: Plan): Plan => (plan.updatedAt > now ? { ...plan, updatedAt: now, createdAt: Math.min(plan.createdAt, now) } : plan);
  const plans: Plan[] = current.plans.map((plan) => {
    const theirs = incomingById.get(plan.id);
    return theirs && clamp(theirs).updatedAt > plan.updatedAt ? clamp(theirs) : plan;
  });
  for (const plan of incoming.plans) if (!currentIds.has(plan.id)) plans.push(clamp(plan));
  const planIds = new Set(plans.map((plan) => plan.id));
  const activePlanId = current.activePlanId ?? (incoming.activePlanId !== null && planIds.has(incoming.activePlanId) ? incoming.activePlanId : null);
  return {
    plans,
    activePlanId,
    progress: mergeProgress(current.progress, clampFutureMarks(incoming.progress, now)),
    settings: Object.assign(Object.create(null) as Record<string, unknown>, incoming.settings, current.settings),
  };
}

/**
 * "Replace": the state becomes exactly the backup's (plans, active plan, progress, settings);
 * whatever the current state held is gone. The UI must say so, and should offer a download of
 * the current state first.
 */
export function replaceWithBackup(backup: BackupFile): BackupState {
  return {
    plans: [...backup.plans],
    activePlanId: backup.activePlanId,
    progress: backup.progress,
    settings: Object.assign(Object.create(null) as Record<string, unknown>, backup.settings),
  };
}
