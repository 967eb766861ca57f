import type { ProgressMap } from '../domain/progress/progress-map';
import type { PersistedState } from '../domain/storage/state-shape';
import { mainText, SHARDS, shardText } from '../domain/storage/state-text';
import { useHelixStore, type HelixState } from './helix-store';
import { probeWrite, readableStorage, shardKey, STORAGE_KEY, writeFailureOf } from './safe-storage';
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

/** What load-saved-state.ts found in storage: this tab then writes only what differs from it. */
export function noteLoaded(found: { main: string | null; shards: readonly (string | null)[]; buckets: readonly (Bucket | null)[] | null; unread: boolean }): void {
  forgetWhatIsStored();
  lastMain = found.main;
  found.shards.forEach((text, i) => (lastShards[i] = text));
  if (found.buckets) lastBuckets = [...found.buckets];
  unread = found.unread;
}

/**
 * The page load when there is nothing to validate: storage holds no Helix state (a first visit), or cannot be
 * read at all. Needs no schemas, so a first visit paints without the saved-state reader's chunk. False when
 * there is saved text to read (load-saved-state.ts reads it).
 */
export function loadIfNothingSaved(): boolean {
  const storage = readableStorage();
  if (!storage) {
    noteLoaded({ main: null, shards: [], buckets: null, unread: true });
    health().report({ kind: 'unavailable' });
    return true;
  }
  if (storage.getItem(STORAGE_KEY) !== null) return false;
  for (let i = 0; i < SHARDS; i++) if (storage.getItem(shardKey(i)) !== null) return false;
  noteLoaded({ main: null, shards: [], buckets: null, unread: false });
  const failure = probeWrite(storage);
  if (failure) health().report({ kind: failure === 'full' ? 'quota' : 'unavailable' });
  return true;
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

/** The latest a change waits to be written when the page stays busy. */
export const SAVE_WITHIN_MS = 1000;

/** Cancels the scheduled write of a change that waits for the page to be idle; null when none waits. */
let pendingSave: (() => void) | null = null;

/** Writes a change that waits for the page to be idle, now (the page is being hidden or closed). */
export function flushSave(): void {
  if (!pendingSave) return;
  pendingSave();
  pendingSave = null;
  saveState();
}

/**
 * Writes the latest state once the page is idle: after the change's task and its paint, so a tick or "done up to
 * here" does not wait for storage. Changes made meanwhile go into the same write.
 */
function saveWhenIdle(): void {
  if (pendingSave) return;
  const run = () => {
    pendingSave = null;
    saveState();
  };
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: SAVE_WITHIN_MS });
    pendingSave = () => window.cancelIdleCallback(id);
  } else {
    const id = setTimeout(run, 0);
    pendingSave = () => clearTimeout(id);
  }
}

/**
 * Saves every change of the persisted fields: at once, or with `whenIdle` (the app) once the page is idle, and
 * in any case before the page is hidden or closed. Returns the unsubscriber (which writes a waiting change).
 */
export function startSaving({ whenIdle = false }: { whenIdle?: boolean } = {}): () => void {
  const stop = useHelixStore.subscribe((state, previous) => {
    if (!persistedChanged(state, previous)) return;
    if (whenIdle) saveWhenIdle();
    else saveState(state);
  });
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flushSave();
  };
  window.addEventListener('pagehide', flushSave);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    stop();
    window.removeEventListener('pagehide', flushSave);
    document.removeEventListener('visibilitychange', onHidden);
    flushSave();
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

let reading: Promise<void> | null = null;

/**
 * Resolves once the saved state is in the store (at once when there was nothing to read): the screens wait for
 * it (src/app/router.tsx), so none shows an empty Helix to someone who has plans, and nothing is written first.
 */
export function savedStateRead(): Promise<void> {
  return reading ?? Promise.resolve();
}

/**
 * Loads the saved state, then saves every change and merges other tabs' writes. Saved text is validated in a
 * chunk of its own (the schemas are not in the initial JS), so the store is filled a moment after start-up;
 * saving and the cross-tab handler start only then. Returns the stopper.
 */
export function startPersistence(): () => void {
  let stopped = false;
  let stops: (() => void)[] = [];
  const begin = () => {
    if (!stopped) stops = [startSaving({ whenIdle: true }), startCrossTabSync()];
  };
  if (loadIfNothingSaved()) begin();
  else
    reading = import('./load-saved-state').then((module) => {
      module.loadSavedState();
      begin();
    });
  return () => {
    stopped = true;
    for (const stop of stops) stop();
  };
}
