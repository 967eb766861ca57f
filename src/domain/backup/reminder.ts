import type { ProgressMap } from '../progress/progress-map';

/** How old the last backup may be before Helix reminds the user (Safari clears idle sites after 7 days). */
export const BACKUP_REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface ReminderInput {
  progress: ProgressMap;
  /** Epoch ms of the last export, or null when there never was one. */
  lastBackupAt: number | null;
  now: number;
}

/**
 * A backup reminder is due when something is done, some progress changed after the last backup
 * (so the backup no longer holds everything), and that backup is at least seven days old or missing.
 */
export function isBackupReminderDue({ progress, lastBackupAt, now }: ReminderInput): boolean {
  let anyDone = false;
  let latestChange = -Infinity;
  for (const mark of Object.values(progress)) {
    if (mark.done) anyDone = true;
    if (mark.at > latestChange) latestChange = mark.at;
  }
  if (!anyDone) return false;
  if (lastBackupAt === null) return true;
  return latestChange > lastBackupAt && now - lastBackupAt >= BACKUP_REMINDER_AFTER_MS;
}
