import { clampFutureMarks, marksSince, mergeProgress, ProgressMap, type ProgressMark } from '../domain/progress/progress-map';
import { EMPTY_STATE, restorePersisted, STATE_VERSION, type PersistedState } from '../domain/storage/persisted-state';
import { mainText, parseShard, SHARDS, shardText } from '../domain/storage/state-text';
import { persistedOf, useHelixStore, type HelixState } from './helix-store';
import { keepBackup, probeWrite, readableStorage, readState, SHARD_PREFIX, shardKey, STORAGE_KEY, versionOf, writeFailureOf } from './safe-storage';
import { mustNotOverwriteSavedText, useStorageHealth } from './storage-health';

/** How often a write that failed because storage was full is tried again. */
export const RETRY_MS = 10_000;

type Bucket = ProgressMap['buckets'][number];

/** What this tab knows to be in storage, so it writes only what changed. */
let lastMain: string | null = null;
let lastShards: (string | null)[] = [];
/** The bucket each shard was last written from (or read into): an unchanged bucket needs no text at all. */
let lastBuckets: (Bucket | null)[] = [];
/** The saved state could not be read at all (storage threw): nothing may be written over it. */
let unread = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

const health = () => useStorageHealth.getState();

function forgetWhatIsStored(): void {
  lastMain = null;
  lastShards = Array.from({ length: SHARDS }, () => null);
  lastBuckets = Array.from({ length: SHARDS }, () => null);
}
forgetWhatIsStored();

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
  forgetWhatIsStored();
  unread = false;
  const storage = readableStorage();
  if (!storage) {
    unread = true;
    health().report({ kind: 'unavailable' });
    return;
  }
  let state: PersistedState | null = null;
  const raw = storage.getItem(STORAGE_KEY);
  if (raw !== null) {
    const result = readState(storage, raw, now);
    if (result.kind === 'newer') return;
    if (result.kind === 'ok') {
      state = result.state;
      lastMain = raw;
    }
  }
  const pieces: [string, ProgressMark][] = [];
  for (let i = 0; i < SHARDS; i++) {
    const shardRaw = storage.getItem(shardKey(i));
    if (shardRaw === null) continue;
    const shard = readShard(storage, i, shardRaw);
    if (shard === 'newer') return;
    if (shard === null) continue;
    pieces.push(...shard);
    lastShards[i] = shardRaw;
  }
  if (state !== null || pieces.length > 0) {
    const base = state ?? EMPTY_STATE;
    // Marks from a clock that ran ahead count as made now (restorePersisted does the same for inline progress).
    const progress = clampFutureMarks(base.progress.with(pieces), now);
    useHelixStore.setState(persistedOf({ ...base, progress }));
    lastBuckets = [...progress.buckets];
  }
  const failure = probeWrite(storage);
  if (failure) health().report({ kind: failure === 'full' ? 'quota' : 'unavailable' });
}

/**
 * Writes what changed since the last write (a tick: one shard of a few hundred marks), unless that could
 * destroy something. On a full disk the state stays in this tab, a notice says so, and the write is retried.
 */
export function saveState(state: PersistedState = useHelixStore.getState()): void {
  if (unread || mustNotOverwriteSavedText()) return;
  const storage = readableStorage();
  if (!storage) return;
  try {
    // Shards first, the main record last: a reader that sees the new main record finds the marks it goes with.
    state.progress.buckets.forEach((bucket, i) => {
      if (bucket === lastBuckets[i]) return;
      const text = shardText(state.progress, i);
      if (text !== lastShards[i] && !(bucket.size === 0 && lastShards[i] === null)) {
        storage.setItem(shardKey(i), text);
        lastShards[i] = text;
      }
      lastBuckets[i] = bucket;
    });
    const main = mainText(state);
    if (main !== lastMain) {
      storage.setItem(STORAGE_KEY, main);
      lastMain = main;
    }
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
    lastMain = null;
    saveState();
    return;
  }
  lastMain = raw;
  const storage = readableStorage();
  // Version 3 keeps progress in shards: take the other tab's whole copy, so a Replace it made holds here too.
  const theirs = version === STATE_VERSION && storage ? { ...restored.state, progress: mergeProgress(restored.state.progress, storedProgress(storage)) } : restored.state;
  useHelixStore.getState().mergeIn(theirs);
}

function onShardWritten(index: number, raw: string, now: number): void {
  const shard = parseShard(raw);
  if (!shard.ok) {
    if (shard.newer) health().reportNewer(versionOf(raw) ?? STATE_VERSION + 1);
    else {
      quarantine(raw, `part ${String(index + 1)} of ${String(SHARDS)} of your progress could not be read: ${shard.reason}`);
      lastShards[index] = null;
      lastBuckets[index] = null;
      saveState();
    }
    return;
  }
  lastShards[index] = raw;
  lastBuckets[index] = null;
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
