import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { restorePersisted, STATE_VERSION, type PersistedState } from '../domain/storage/persisted-state';
import { mustNotOverwriteSavedText, useStorageHealth } from './storage-health';

export const STORAGE_KEY = 'helix:state';
export const BACKUP_PREFIX = 'helix:backup:';

/** localStorage, or null where the browser forbids it (privacy modes, disabled storage). */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Keeps text under a new backup key of its own, never overwriting an earlier backup; null when storage is full. */
export function keepBackup(storage: Storage, raw: string, now = new Date()): string | null {
  for (const key of Object.keys(storage)) {
    if (key.startsWith(BACKUP_PREFIX) && storage.getItem(key) === raw) return key;
  }
  const stamp = now.toISOString();
  let key = `${BACKUP_PREFIX}${stamp}`;
  for (let n = 2; storage.getItem(key) !== null; n += 1) key = `${BACKUP_PREFIX}${stamp}-${n}`;
  try {
    storage.setItem(key, raw);
    return key;
  } catch {
    return null; // storage full: the caller offers the same text as a download instead
  }
}

/** Reads and validates the stored text. Anything unusable is backed up and reported, and the app starts clean. */
export function readState(storage: Storage, raw: string): StorageValue<PersistedState> | null {
  let reason: string;
  let newer = false;
  try {
    const envelope = JSON.parse(raw) as unknown;
    if (typeof envelope !== 'object' || envelope === null || !('state' in envelope) || !('version' in envelope) || typeof envelope.version !== 'number') {
      reason = 'it is not a Helix save';
    } else {
      const restored = restorePersisted(envelope.state, envelope.version);
      if (restored.ok) return { state: restored.state, version: STATE_VERSION };
      reason = restored.reason;
      newer = envelope.version > STATE_VERSION;
    }
  } catch {
    reason = 'it is not valid JSON (it may have been cut off)';
  }
  const backupKey = keepBackup(storage, raw);
  useStorageHealth.getState().report({ kind: 'unreadable', reason, backupKey, raw, saved: backupKey !== null, ...(newer ? { newer } : {}) });
  return null;
}

/**
 * The persist storage: validates on read, survives a full or missing localStorage on write
 * (the in-memory state stays and a notice says so).
 */
export function createSafeStorage(): PersistStorage<PersistedState> {
  let warnedUnavailable = false;
  const storage = () => {
    const s = browserStorage();
    if (!s && !warnedUnavailable) {
      warnedUnavailable = true;
      useStorageHealth.getState().report({ kind: 'unavailable' });
    }
    return s;
  };
  return {
    getItem: (name) => {
      const s = storage();
      const raw = s?.getItem(name) ?? null;
      return s && raw !== null ? readState(s, raw) : null;
    },
    setItem: (name, value) => {
      const s = storage();
      // Unreadable text that could not be backed up stays in place until the user downloads or dismisses it.
      if (!s || mustNotOverwriteSavedText()) return;
      const text = JSON.stringify(value);
      try {
        if (s.getItem(name) !== text) s.setItem(name, text);
      } catch {
        useStorageHealth.getState().report({ kind: 'quota' });
      }
    },
    removeItem: (name) => storage()?.removeItem(name),
  };
}
