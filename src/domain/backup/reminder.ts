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
 * Counts come from the map's per-bucket summaries, so this stays cheap with very large progress.
 */
export function isBackupReminderDue({ progress, lastBackupAt, now }: ReminderInput): boolean {
  if (progress.doneCount === 0) return false;
  if (lastBackupAt === null) return true;
  return progress.latestAt > lastBackupAt && now - lastBackupAt >= BACKUP_REMINDER_AFTER_MS;
}
