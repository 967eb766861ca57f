import { restorePersisted, STATE_VERSION, type PersistedState } from '../domain/storage/persisted-state';
import { stateText } from '../domain/storage/state-text';
import { persistedOf, useHelixStore, type HelixState } from './helix-store';
import { keepBackup, probeWrite, readableStorage, readState, STORAGE_KEY, versionOf, writeFailureOf } from './safe-storage';
import { mustNotOverwriteSavedText, useStorageHealth } from './storage-health';

/** How often a write that failed because storage was full is tried again. */
export const RETRY_MS = 10_000;

let lastText: string | null = null;
/** The saved state could not be read at all (storage threw): nothing may be written over it. */
let unread = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

const health = () => useStorageHealth.getState();

/**
 * Reads the saved state into the store, as a page load does. The state is read even when writing fails
 * (storage full): a full disk is no reason to show an empty Helix, and the next write then holds everything.
 */
export function loadSavedState(now = Date.now()): void {
  lastText = null;
  unread = false;
  const storage = readableStorage();
  if (!storage) {
    unread = true;
    health().report({ kind: 'unavailable' });
    return;
  }
  const raw = storage.getItem(STORAGE_KEY);
  if (raw !== null) {
    const result = readState(storage, raw, now);
    if (result.kind === 'ok') {
      useHelixStore.setState(persistedOf(result.state));
      lastText = raw;
    }
  }
  const failure = probeWrite(storage);
  if (failure) health().report({ kind: failure === 'full' ? 'quota' : 'unavailable' });
}

/** Writes the store's state unless that could destroy something; on a full disk keeps it here and retries. */
export function saveState(state: PersistedState = useHelixStore.getState()): void {
  if (unread || mustNotOverwriteSavedText()) return;
  const storage = readableStorage();
  if (!storage) return;
  const text = stateText(state);
  if (text === lastText) return;
  try {
    storage.setItem(STORAGE_KEY, text);
    lastText = text;
    health().resolve('quota');
  } catch (error) {
    const failure = writeFailureOf(error);
    health().report({ kind: failure === 'full' ? 'quota' : 'unavailable' });
    if (failure === 'full') scheduleRetry();
  }
}

function scheduleRetry(): void {
  if (retryTimer !== null) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    saveState();
  }, RETRY_MS);
}

const persistedChanged = (a: HelixState, b: HelixState) =>
  a.progress !== b.progress ||
  a.plans !== b.plans ||
  a.deletedPlans !== b.deletedPlans ||
  a.activePlanId !== b.activePlanId ||
  a.settings !== b.settings ||
  a.replacedAt !== b.replacedAt ||
  a.unknown !== b.unknown;

/** Saves every change of the persisted fields. Returns the unsubscriber. */
export function startSaving(): () => void {
  const stop = useHelixStore.subscribe((state, previous) => {
    if (persistedChanged(state, previous)) saveState(state);
  });
  return () => {
    stop();
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
  };
}

/**
 * Another tab wrote: merge its copy instead of letting our next write overwrite it. A newer format stops
 * this tab from writing (it tells the user to reload); text nobody can read is copied to a backup key first.
 */
export function onStorageEvent(event: Pick<StorageEvent, 'key' | 'newValue'>, now = Date.now()): void {
  if (event.key !== STORAGE_KEY || event.newValue === null) return;
  const raw = event.newValue;
  const version = versionOf(raw);
  if (version !== null && version > STATE_VERSION) {
    health().reportNewer(version);
    return;
  }
  lastText = raw;
  let restored: ReturnType<typeof restorePersisted> | null = null;
  try {
    const envelope = JSON.parse(raw) as { state?: unknown };
    if (version !== null) restored = restorePersisted(envelope.state, version, now);
  } catch {
    restored = null;
  }
  if (restored?.ok) {
    useHelixStore.getState().mergeIn(restored.state);
    return;
  }
  // Unreadable text from another tab: keep a copy before our next write replaces it.
  const storage = readableStorage();
  const backupKey = storage ? keepBackup(storage, raw) : null;
  health().report({ kind: 'unreadable', reason: restored ? restored.reason : 'it is not a Helix save', backupKey, raw, saved: backupKey !== null });
  lastText = null;
  saveState();
}

export function startCrossTabSync(): () => void {
  const listener = (event: StorageEvent) => onStorageEvent(event);
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/** Loads the saved state, then saves every change and merges other tabs' writes. Returns the stopper. */
export function startPersistence(): () => void {
  loadSavedState();
  const stopSaving = startSaving();
  const stopSync = startCrossTabSync();
  return () => {
    stopSaving();
    stopSync();
  };
}
