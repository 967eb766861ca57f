import { formatIssue } from '../pack/format-issue';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, type BackupFile } from './backup-file';

export type ParseBackupResult = { ok: true; backup: BackupFile } | { ok: false; error: string };

const MAX_LISTED_PROBLEMS = 3;

/**
 * Checks a backup before anything is restored: text (the file's contents) or already-parsed JSON.
 * Errors name the place, e.g. "plans[0].pace.pagesPerHour: must be at least 1". Never throws.
 */
export function parseBackup(json: unknown): ParseBackupResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return { ok: false, error: 'This file is not a Helix backup (it is not valid JSON).' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== BACKUP_FORMAT)
    return { ok: false, error: 'This file is not a Helix backup.' };
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION)
    return { ok: false, error: 'This backup was made by a newer version of Helix. Reload the page to update, then try again.' };
  const result = backupFileSchema.safeParse(value);
  if (result.success) return { ok: true, backup: result.data };
  const problems = result.error.issues.map(formatIssue);
  const more = problems.length > MAX_LISTED_PROBLEMS ? ` (and ${String(problems.length - MAX_LISTED_PROBLEMS)} more)` : '';
  return { ok: false, error: `This backup can’t be restored: ${problems.slice(0, MAX_LISTED_PROBLEMS).join('; ')}${more}.` };
}
