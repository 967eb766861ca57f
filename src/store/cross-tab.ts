import { clampFutureMarks, mergeProgress, ProgressMap, type ProgressMark } from '../domain/progress/progress-map';
import { marksSince, mergePersisted } from '../domain/storage/merge-persisted';
import { restorePersisted, STATE_VERSION } from '../domain/storage/persisted-state';
import { parseShard } from '../domain/storage/read-saved-text';
import { SHARDS } from '../domain/storage/state-text';
import { useHelixStore } from './helix-store';
import { noteStoredMain, noteStoredShard, saveState } from './persistence';
import { keepBackup, readableStorage, SHARD_PREFIX, shardKey, STORAGE_KEY, versionOf } from './safe-storage';
import { useStorageHealth } from './storage-health';

const health = () => useStorageHealth.getState();

/** Every shard as storage holds it now (another tab's latest), for merging a whole copy. */
function storedProgress(storage: Storage): ProgressMap {
  const pieces: [string, ProgressMark][] = [];
  for (let i = 0; i < SHARDS; i++) {
    const raw = storage.getItem(shardKey(i));
    const shard = raw === null ? null : parseShard(raw);
    if (shard?.ok) pieces.push(...shard.progress);
  }
  return ProgressMap.of(pieces);
}

function quarantine(raw: string, reason: string): void {
  const storage = readableStorage();
  const backupKey = storage ? keepBackup(storage, raw) : null;
  health().report({ kind: 'unreadable', reason, backupKey, raw, saved: backupKey !== null });
}

function onMainWritten(raw: string, now: number): void {
  const version = versionOf(raw);
  if (version !== null && version > STATE_VERSION) {
    health().reportNewer(version);
    return;
  }
  let restored: ReturnType<typeof restorePersisted> | null = null;
  try {
    const envelope = JSON.parse(raw) as { state?: unknown };
    if (version !== null) restored = restorePersisted(envelope.state, version, now);
  } catch {
    restored = null;
  }
  if (!restored?.ok) {
    // Unreadable text from another tab: keep a copy before our next write replaces it.
    quarantine(raw, restored ? restored.reason : 'it is not a Helix save');
    noteStoredMain(null);
    saveState();
    return;
  }
  noteStoredMain(raw);
  const storage = readableStorage();
  // Version 3 keeps progress in shards: take the other tab's whole copy, so a Replace it made holds here too.
  const theirs = version === STATE_VERSION && storage ? { ...restored.state, progress: mergeProgress(restored.state.progress, storedProgress(storage)) } : restored.state;
  // Merged, not taken: union of progress by time, newer plan edits win, tombstones and the Replace time hold.
  useHelixStore.setState((mine) => mergePersisted(mine, theirs));
}

function onShardWritten(index: number, raw: string, now: number): void {
  const shard = parseShard(raw);
  if (!shard.ok) {
    if (shard.newer) health().reportNewer(versionOf(raw) ?? STATE_VERSION + 1);
    else {
      quarantine(raw, `part ${String(index + 1)} of ${String(SHARDS)} of your progress could not be read: ${shard.reason}`);
      noteStoredShard(index, null);
      saveState();
    }
    return;
  }
  noteStoredShard(index, raw);
  const mine = useHelixStore.getState();
  // Marks from a clock that ran ahead count as now; marks older than our last Replace belong to the replaced state.
  const incoming = marksSince(clampFutureMarks(shard.progress, now), mine.replacedAt);
  const progress = mergeProgress(mine.progress, incoming);
  if (progress !== mine.progress) useHelixStore.setState({ progress });
  else saveState(); // nothing new for us, but our copy may hold marks this write lacks
}

/**
 * Another tab wrote: merge its copy instead of letting our next write overwrite it. A newer format stops
 * this tab from writing (it tells the user to reload); text nobody can read is copied to a backup key first.
 */
export function onStorageEvent(event: Pick<StorageEvent, 'key' | 'newValue'>, now = Date.now()): void {
  if (event.key === null || event.newValue === null) return;
  if (event.key === STORAGE_KEY) onMainWritten(event.newValue, now);
  else if (event.key.startsWith(SHARD_PREFIX)) {
    const index = Number(event.key.slice(SHARD_PREFIX.length));
    if (Number.isInteger(index) && index >= 0 && index < SHARDS) onShardWritten(index, event.newValue, now);
  }
}
