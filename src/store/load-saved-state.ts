import { clampFutureMarks, mergeProgress, ProgressMap, type ProgressMark } from '../domain/progress/progress-map';
import { restorePersisted } from '../domain/storage/persisted-state';
import { parseShard } from '../domain/storage/read-saved-text';
import { EMPTY_STATE, STATE_VERSION, type PersistedState } from '../domain/storage/state-shape';
import { SHARDS } from '../domain/storage/state-text';
import { persistedOf, useHelixStore } from './helix-store';
import { loadIfNothingSaved, noteLoaded } from './persistence';
import { keepBackup, probeWrite, readableStorage, shardKey, STORAGE_KEY, versionOf } from './safe-storage';
import { useStorageHealth } from './storage-health';

// Reading saved text needs the schemas (zod): this module is a chunk of its own, imported by startPersistence
// when storage holds something, and by other tabs' writes (cross-tab.ts); the initial JS does without it.

const health = () => useStorageHealth.getState();

export type ReadResult = { kind: 'ok'; state: PersistedState } | { kind: 'newer'; version: number } | { kind: 'unreadable' };

/**
 * Reads and validates the stored text. Data a newer Helix wrote is reported and left alone (this tab
 * must not write until it reloads). Anything else unusable is copied to a backup key first, then reported.
 */
export function readState(storage: Storage, raw: string, now = Date.now()): ReadResult {
  let reason: string;
  try {
    const envelope = JSON.parse(raw) as unknown;
    if (typeof envelope !== 'object' || envelope === null || !('state' in envelope) || !('version' in envelope) || typeof envelope.version !== 'number') {
      reason = 'it is not a Helix save';
    } else if (envelope.version > STATE_VERSION) {
      health().reportNewer(envelope.version);
      return { kind: 'newer', version: envelope.version };
    } else {
      const restored = restorePersisted(envelope.state, envelope.version, now);
      if (restored.ok) return { kind: 'ok', state: restored.state };
      reason = restored.reason;
    }
  } catch {
    reason = 'it is not valid JSON (it may have been cut off)';
  }
  const backupKey = keepBackup(storage, raw);
  health().report({ kind: 'unreadable', reason, backupKey, raw, saved: backupKey !== null });
  return { kind: 'unreadable' };
}

/** Reads one shard from storage; unreadable text is copied to a backup key and reported. */
function readShard(storage: Storage, index: number, raw: string): ProgressMap | 'newer' | null {
  const shard = parseShard(raw);
  if (shard.ok) return shard.progress;
  if (shard.newer) {
    const version = versionOf(raw);
    health().reportNewer(version ?? STATE_VERSION + 1);
    return 'newer';
  }
  const backupKey = keepBackup(storage, raw);
  health().report({ kind: 'unreadable', reason: `part ${String(index + 1)} of ${String(SHARDS)} of your progress could not be read: ${shard.reason}`, backupKey, raw, saved: backupKey !== null });
  return null;
}

/**
 * Reads the saved state into the store, as a page load does. The state is read even when writing fails
 * (storage full): a full disk is no reason to show an empty Helix, and the next write then holds everything.
 * A main record or a progress shard that can't be read is kept as a copy and reported; the rest still loads.
 */
export function loadSavedState(now = Date.now()): void {
  if (loadIfNothingSaved()) return;
  const storage = readableStorage();
  if (!storage) return; // loadIfNothingSaved reported it
  const shards: (string | null)[] = Array.from({ length: SHARDS }, () => null);
  let main: string | null = null;
  let state: PersistedState | null = null;
  const raw = storage.getItem(STORAGE_KEY);
  if (raw !== null) {
    const result = readState(storage, raw, now);
    if (result.kind === 'newer') return noteLoaded({ main, shards, buckets: null, unread: false });
    if (result.kind === 'ok') {
      state = result.state;
      main = raw;
    }
  }
  const pieces: [string, ProgressMark][] = [];
  for (let i = 0; i < SHARDS; i++) {
    const shardRaw = storage.getItem(shardKey(i));
    if (shardRaw === null) continue;
    const shard = readShard(storage, i, shardRaw);
    if (shard === 'newer') return noteLoaded({ main, shards, buckets: null, unread: false });
    if (shard === null) continue;
    pieces.push(...shard);
    shards[i] = shardRaw;
  }
  let buckets: ProgressMap['buckets'] | null = null;
  if (state !== null || pieces.length > 0) {
    const base = state ?? EMPTY_STATE;
    // Progress inside the main record (versions 1 and 2, or an older tab's write) is merged with the shards by
    // time; marks from a clock that ran ahead count as made now.
    const progress = clampFutureMarks(mergeProgress(base.progress, ProgressMap.of(pieces)), now);
    useHelixStore.setState(persistedOf({ ...base, progress }));
    // Shards already hold everything unless the main record carried marks: then the first save writes them all,
    // before the main record (which no longer carries them) replaces it.
    if (base.progress.size === 0) buckets = progress.buckets;
  }
  noteLoaded({ main, shards, buckets, unread: false });
  const failure = probeWrite(storage);
  if (failure) health().report({ kind: failure === 'full' ? 'quota' : 'unavailable' });
}
