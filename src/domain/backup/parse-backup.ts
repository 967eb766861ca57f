import { formatIssue } from '../pack/format-issue';
import { EMPTY_STATE, restorePersisted } from '../storage/persisted-state';
import { salvagePersisted } from '../storage/salvage';
import { parseShard } from '../storage/read-saved-text';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, type BackupFile } from './backup-file';

/** `saved-state`: the text Helix keeps in the browser (a quarantined `helix:backup:` copy), not an exported file. */
export type ParseBackupResult =
  | {
      ok: true;
      backup: BackupFile;
      origin?: 'saved-state';
      /** Entries of a damaged saved copy that could not be read and are left out (the rest is restored). */
      dropped?: number;
    }
  | { ok: false; error: string };

const MAX_LISTED_PROBLEMS = 3;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a backup before anything is restored: text (the file's contents) or already-parsed JSON.
 * Errors name the place, e.g. "plans[0].pace.pagesPerHour: must be at least 1". Never throws.
 * Besides exported backups it reads the saved form (`{ "state": …, "version": N }`) that Helix keeps in
 * the browser and offers as a download when it could not be read, so every copy Helix hands out imports.
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
  if (isObject(value) && value.format === undefined && typeof value.version === 'number') {
    if ('state' in value) return parseSavedState(value.state, value.version);
    if ('marks' in value) return parseSavedShard(value);
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT) return { ok: false, error: 'This file is not a Helix backup.' };
  const version = value.version;
  if (typeof version === 'number' && version > BACKUP_VERSION)
    return { ok: false, error: 'This backup was made by a newer version of Helix. Reload the page to update, then try again.' };
  const result = backupFileSchema.safeParse(value);
  if (result.success) return { ok: true, backup: result.data };
  const problems = result.error.issues.map(formatIssue);
  const more = problems.length > MAX_LISTED_PROBLEMS ? ` (and ${String(problems.length - MAX_LISTED_PROBLEMS)} more)` : '';
  return { ok: false, error: `This backup can’t be restored: ${problems.slice(0, MAX_LISTED_PROBLEMS).join('; ')}${more}.` };
}

function parseSavedState(state: unknown, version: number): ParseBackupResult {
  const restored = restorePersisted(state, version);
  let dropped = 0;
  let readable = restored.ok ? restored.state : null;
  if (!restored.ok) {
    if (restored.reason.includes('newer version')) return { ok: false, error: 'This copy was saved by a newer version of Helix. Reload the page to update, then try again.' };
    // A damaged copy (the reason it was kept): restore everything that can still be read.
    const salvaged = salvagePersisted(state, version);
    if (salvaged === null || (salvaged.state.plans.length === 0 && salvaged.state.progress.size === 0))
      return { ok: false, error: `This saved copy can’t be restored: ${restored.reason}.` };
    readable = salvaged.state;
    dropped = salvaged.dropped;
  }
  if (readable === null) return { ok: false, error: 'This saved copy can’t be restored.' };
  const { plans, activePlanId, progress, settings } = readable;
  const latest = Math.max(0, progress.latestAt, ...plans.map((plan) => plan.updatedAt));
  return {
    ok: true,
    origin: 'saved-state',
    ...(dropped > 0 ? { dropped } : {}),
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(latest).toISOString(), plans, activePlanId, progress, settings: { ...settings } },
  };
}

/** A piece of saved progress (one of the shards Helix keeps, quarantined when it could not be read). */
function parseSavedShard(value: Record<string, unknown>): ParseBackupResult {
  const shard = parseShard(JSON.stringify(value));
  if (!shard.ok) {
    return {
      ok: false,
      error: shard.newer ? 'This copy was saved by a newer version of Helix. Reload the page to update, then try again.' : `This saved copy can’t be restored: ${shard.reason}.`,
    };
  }
  const { plans, activePlanId, settings } = EMPTY_STATE;
  const latest = Math.max(0, shard.progress.latestAt);
  return {
    ok: true,
    origin: 'saved-state',
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(latest).toISOString(), plans, activePlanId, progress: shard.progress, settings: { ...settings } },
  };
}
