import { createBackup, type BackupFile, type BackupState } from '../../domain/backup/backup-file';
import { mergeBackup, replaceWithBackup } from '../../domain/backup/restore-backup';
import { DEFAULT_SETTINGS, type PersistedState, type Settings } from '../../domain/storage/persisted-state';
import { useHelixStore } from '../../store/helix-store';
import { todayDate } from '../../store/plan-actions';
import { browserStorage, keepBackup } from '../../store/safe-storage';

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
export function settingsFrom(record: Record<string, unknown>, fallback: Settings): Settings {
  const bool = (key: 'spoilerSafety' | 'hideDone') => (typeof record[key] === 'boolean' ? record[key] : fallback[key]);
  const last = record.lastBackupAt;
  return {
    spoilerSafety: bool('spoilerSafety'),
    hideDone: bool('hideDone'),
    lastBackupAt: last === null || (typeof last === 'number' && Number.isFinite(last) && last >= 0) ? last : fallback.lastBackupAt,
  };
}

/**
 * Merge: nothing here is lost (see mergeBackup). Plans that come back drop their deletion marks and are
 * stamped now, so another open tab's older deletion does not remove them again when the tabs merge.
 */
export function mergeIntoMine(backup: BackupFile, now = new Date()): void {
  const state = useHelixStore.getState();
  const merged = mergeBackup(currentBackupState(), backup);
  const deletedPlans = { ...state.deletedPlans };
  const revived = new Set(merged.plans.filter((plan) => deletedPlans[plan.id] !== undefined).map((plan) => plan.id));
  for (const plan of merged.plans) delete deletedPlans[plan.id];
  useHelixStore.setState({
    plans: merged.plans.map((plan) => (revived.has(plan.id) ? { ...plan, updatedAt: now.getTime() } : plan)),
    activePlanId: merged.activePlanId,
    progress: merged.progress,
    settings: settingsFrom(merged.settings, state.settings),
    deletedPlans,
  });
}

/**
 * Replace: first keeps the current state as a backup file under a `helix:backup:` key (and returns
 * it, so the page can offer it as a download), then makes the state exactly the backup's.
 */
export function replaceWithImport(backup: BackupFile, now = new Date()): { key: string | null; fileName: string; text: string } {
  const saved = exportEverything(now);
  const key = keepAutomaticBackup(saved.text, now);
  const state = useHelixStore.getState();
  const next = replaceWithBackup(backup);
  const at = now.getTime();
  // Tombstones for plans that are gone, so another open tab does not merge them back in.
  const deletedPlans: Record<string, number> = {};
  for (const plan of state.plans) if (!next.plans.some((p) => p.id === plan.id)) deletedPlans[plan.id] = at;
  // Every mark is stamped now, and ids the backup lacks become "not done" marks: an open tab's older
  // copy then loses the merge, and the replaced state holds everywhere.
  const progress: Record<string, { done: boolean; at: number }> = {};
  for (const id of Object.keys(state.progress)) progress[id] = { done: false, at };
  for (const [id, mark] of Object.entries(next.progress)) progress[id] = { done: mark.done, at };
  const replaced: PersistedState = {
    plans: next.plans.map((plan) => ({ ...plan, updatedAt: Math.max(plan.updatedAt, at) })),
    activePlanId: next.activePlanId,
    progress,
    settings: settingsFrom(next.settings, DEFAULT_SETTINGS),
    deletedPlans,
  };
  useHelixStore.getState().replaceAll(replaced);
  return { key, fileName: `helix-before-import-${todayDate(now)}.json`, text: saved.text };
}

function keepAutomaticBackup(text: string, now: Date): string | null {
  const storage = browserStorage();
  return storage ? keepBackup(storage, text, now) : null;
}
