import { clampFutureMarks, mergeProgress, ProgressMap, type ProgressMark } from '../domain/progress/progress-map';
import { EMPTY_STATE, STATE_VERSION, type PersistedState } from '../domain/storage/persisted-state';
import { mainText, parseShard, SHARDS, shardText } from '../domain/storage/state-text';
import { persistedOf, useHelixStore, type HelixState } from './helix-store';
import { keepBackup, probeWrite, readableStorage, readState, shardKey, STORAGE_KEY, versionOf, writeFailureOf } from './safe-storage';
import { mustNotOverwriteSavedText, useStorageHealth } from './storage-health';
import { afterFirstScreen } from './after-first-screen';

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

/** For the cross-tab handler: what another tab's write put in storage (null: unknown, write ours again). */
export function noteStoredMain(text: string | null): void {
  lastMain = text;
}

export function noteStoredShard(index: number, text: string | null): void {
  lastShards[index] = text;
  lastBuckets[index] = null;
}

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
    // Progress inside the main record (versions 1 and 2, or an older tab's write) is merged with the shards by
    // time; marks from a clock that ran ahead count as made now.
    const progress = clampFutureMarks(mergeProgress(base.progress, ProgressMap.of(pieces)), now);
    useHelixStore.setState(persistedOf({ ...base, progress }));
    // Shards already hold everything unless the main record carried marks: then the first save writes them all,
    // before the main record (which no longer carries them) replaces it.
    if (base.progress.size === 0) lastBuckets = [...progress.buckets];
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

let crossTabLoaded: Promise<void> = Promise.resolve();

/**
 * Merges other tabs' writes (src/store/cross-tab.ts, its own chunk: it is fetched once the first screen is up,
 * or by the first write of another tab; events that come before it are handled in order once it is there).
 */
export function startCrossTabSync(): () => void {
  let handle: ((event: Pick<StorageEvent, 'key' | 'newValue'>) => void) | null = null;
  const queue: Pick<StorageEvent, 'key' | 'newValue'>[] = [];
  let stopped = false;
  let loading: Promise<void> | null = null;
  const load = () =>
    (loading ??= import('./cross-tab').then((module) => {
      handle = (event) => module.onStorageEvent(event);
      for (const event of queue.splice(0)) if (!stopped) handle(event);
    }));
  crossTabLoaded = new Promise<void>((loaded) => afterFirstScreen(() => loaded())).then(load);
  const listener = (event: StorageEvent) => {
    const copy = { key: event.key, newValue: event.newValue };
    if (handle) return handle(copy);
    // Another tab wrote before the handler came: it comes now, and handles this write then.
    queue.push(copy);
    void load();
  };
  window.addEventListener('storage', listener);
  return () => {
    stopped = true;
    window.removeEventListener('storage', listener);
  };
}

/** Resolves once the cross-tab handler is loaded (for tests and for code that must not race it). */
export function crossTabReady(): Promise<void> {
  return crossTabLoaded;
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
