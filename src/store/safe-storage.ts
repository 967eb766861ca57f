
export const STORAGE_KEY = 'helix:state';
export const BACKUP_PREFIX = 'helix:backup:';
/** Version 3 keeps progress in shards beside the main record: `helix:progress:00` … `helix:progress:63`. */
export const SHARD_PREFIX = 'helix:progress:';

export function shardKey(index: number): string {
  return `${SHARD_PREFIX}${String(index).padStart(2, '0')}`;
}

/** localStorage, or null where the browser forbids even reading it (privacy modes, disabled storage). */
export function readableStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(STORAGE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/** Why a write failed: no room left (the data is still there and readable), or storage refused outright. */
export type WriteFailure = 'full' | 'blocked';

export function writeFailureOf(error: unknown): WriteFailure {
  if (error instanceof DOMException) {
    // Chromium and WebKit say QuotaExceededError (code 22); older Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
    if (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014) return 'full';
  }
  return 'blocked';
}

/** Whether a small write works now; the reason when it does not. Reading may still work when this fails. */
export function probeWrite(storage: Storage): WriteFailure | null {
  const probe = `${STORAGE_KEY}:probe`;
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return null;
  } catch (error) {
    return writeFailureOf(error);
  }
}

/** localStorage when it can be read and written (what an action that writes a copy needs), else null. */
export function browserStorage(): Storage | null {
  const storage = readableStorage();
  return storage && probeWrite(storage) === null ? storage : null;
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

/** The saved envelope's version, or null when the text is not a Helix save. */
export function versionOf(raw: string): number | null {
  try {
    const envelope = JSON.parse(raw) as unknown;
    return typeof envelope === 'object' && envelope !== null && 'version' in envelope && typeof envelope.version === 'number' ? envelope.version : null;
  } catch {
    return null;
  }
}
