import { createBackup, type BackupFile, type BackupState } from '../../domain/backup/backup-file';
import { mergeBackup, replaceWithBackup } from '../../domain/backup/restore-backup';
import { ProgressMap } from '../../domain/progress/progress-map';
import { DEFAULT_SETTINGS, NO_UNKNOWN_FIELDS, type PersistedState, type Settings } from '../../domain/storage/persisted-state';
import { useHelixStore } from '../../store/helix-store';
import { todayDate } from '../../store/plan-actions';
import { parseBackup, type ParseBackupResult } from '../../domain/backup/parse-backup';
import { BACKUP_PREFIX, browserStorage, keepBackup, readableStorage } from '../../store/safe-storage';

function currentBackupState(): BackupState {
  const { plans, activePlanId, progress, settings } = useHelixStore.getState();
  return { plans, activePlanId, progress, settings: { ...settings } };
}

/** The export: file name and JSON text of everything the user made. */
export function exportEverything(now = new Date()): { fileName: string; text: string } {
  const backup = createBackup(currentBackupState(), now);
  return { fileName: `helix-backup-${todayDate(now)}.json`, text: `${JSON.stringify(backup, null, 2)}\n` };
}

/** Settings from a backup's free-form record: known keys with the right type, the rest from `fallback`. */
export function settingsFrom(record: Readonly<Record<string, unknown>>, fallback: Settings): Settings {
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  const bool = (key: 'spoilerSafety' | 'hideDone') => {
    const value = own(key);
    return typeof value === 'boolean' ? value : fallback[key];
  };
  const last = own('lastBackupAt');
  return {
    spoilerSafety: bool('spoilerSafety'),
    hideDone: bool('hideDone'),
    lastBackupAt: last === null || (typeof last === 'number' && Number.isFinite(last) && last >= 0) ? last : fallback.lastBackupAt,
  };
}

/**
 * Merge: nothing here is lost (see mergeBackup). Plans that come back drop their deletion marks and are
 * stamped now, so another open tab's older deletion does not remove them again when the tabs merge.
 * Times from a clock that ran ahead count as now.
 */
export function mergeIntoMine(backup: BackupFile, now = new Date()): void {
  const at = now.getTime();
  const state = useHelixStore.getState();
  const merged = mergeBackup(currentBackupState(), backup, at);
  const deletedPlans = new Map(state.deletedPlans);
  const revived = new Set(merged.plans.filter((plan) => deletedPlans.has(plan.id)).map((plan) => plan.id));
  for (const plan of merged.plans) deletedPlans.delete(plan.id);
  // After a Replace, what comes in counts from the Replace on: every copy drops anything older (see mergePersisted).
  const since = state.replacedAt;
  const lifted = [...merged.progress].filter(([, mark]) => mark.at < since).map(([id, mark]) => [id, { done: mark.done, at: since }] as const);
  useHelixStore.setState({
    plans: merged.plans.map((plan) => (revived.has(plan.id) ? { ...plan, updatedAt: at } : plan.updatedAt < since ? { ...plan, updatedAt: since } : plan)),
    activePlanId: merged.activePlanId,
    progress: lifted.length > 0 ? merged.progress.with(lifted) : merged.progress,
    settings: settingsFrom(merged.settings, state.settings),
    deletedPlans,
  });
}

/**
 * Replace: first keeps the current state as a backup file under a `helix:backup:` key (and returns
 * it, so the page can offer it as a download), then makes the state exactly the backup's. The state
 * records the time of the Replace (`replacedAt`): every copy merged with it later (another open tab)
 * drops what it last changed before then, so nothing replaced comes back.
 */
export function replaceWithImport(backup: BackupFile, now = new Date()): { key: string | null; fileName: string; text: string } {
  const saved = exportEverything(now);
  const key = keepAutomaticBackup(saved.text, now);
  const state = useHelixStore.getState();
  const next = replaceWithBackup(backup);
  const at = Math.max(now.getTime(), state.replacedAt + 1);
  // Plans that are gone also get tombstones, for tabs that still run a version without `replacedAt`.
  const deletedPlans = new Map<string, number>();
  for (const plan of state.plans) if (!next.plans.some((p) => p.id === plan.id)) deletedPlans.set(plan.id, at);
  const replaced: PersistedState = {
    plans: next.plans.map((plan) => ({ ...plan, createdAt: Math.min(plan.createdAt, at), updatedAt: at })),
    activePlanId: next.activePlanId,
    // Stamped with the Replace's time: they are the state from then on.
    progress: ProgressMap.of([...next.progress].map(([id, mark]) => [id, { done: mark.done, at }] as const)),
    settings: settingsFrom(next.settings, DEFAULT_SETTINGS),
    deletedPlans,
    replacedAt: at,
    unknown: state.unknown ?? NO_UNKNOWN_FIELDS,
  };
  useHelixStore.getState().replaceAll(replaced);
  return { key, fileName: `helix-before-import-${todayDate(now)}.json`, text: saved.text };
}

function keepAutomaticBackup(text: string, now: Date): string | null {
  const storage = browserStorage();
  return storage ? keepBackup(storage, text, now) : null;
}

/** A copy Helix kept in this browser: quarantined unreadable data, or what a Replace-import replaced. */
export interface KeptCopy {
  key: string;
  /** When it was kept (from the key), ISO 8601. */
  keptAt: string;
  text: string;
  /** What restoring it would bring, or why it can't be restored. */
  parsed: ParseBackupResult;
}

/** The keys of copies Helix kept (quarantined unreadable data, or what a Replace-import replaced), newest first. */
function backupKeys(storage: Storage): string[] {
  return Object.keys(storage)
    .filter((key) => key.startsWith(BACKUP_PREFIX))
    .sort()
    .reverse();
}

export function keptCopies(): KeptCopy[] {
  const storage = readableStorage();
  if (!storage) return [];
  return backupKeys(storage).map((key) => {
    const text = storage.getItem(key) ?? '';
    return { key, keptAt: key.slice(BACKUP_PREFIX.length), text, parsed: parseBackup(text) };
  });
}

/** One-click restore of a kept copy: merged into the current state, so nothing of either is lost. */
export function restoreKeptCopy(copy: KeptCopy, now = new Date()): boolean {
  if (!copy.parsed.ok) return false;
  mergeIntoMine(copy.parsed.backup, now);
  return true;
}
