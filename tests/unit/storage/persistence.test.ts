import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/domain/plan/plan';
import { DEFAULT_PACE } from '../../../src/domain/plan/plan';
import { bucketOf, ProgressMap } from '../../../src/domain/progress/progress-map';
import { DEFAULT_SETTINGS, STATE_VERSION } from '../../../src/domain/storage/persisted-state';
import { INITIAL_STATE, persistedOf, useHelixStore } from '../../../src/store/helix-store';
import { onStorageEvent } from '../../../src/store/cross-tab';
import { loadSavedState, readState } from '../../../src/store/load-saved-state';
import { crossTabReady, RETRY_MS, savedStateRead, startCrossTabSync, startPersistence, startSaving } from '../../../src/store/persistence';
import { shardText, SHARDS } from '../../../src/domain/storage/state-text';
import { BACKUP_PREFIX, shardKey, STORAGE_KEY } from '../../../src/store/safe-storage';
import { useStorageHealth, type StorageProblem } from '../../../src/store/storage-health';
import { useUndoStore } from '../../../src/store/undo-store';

function makePlan(id: string, updatedAt = 2_000): Plan {
  return {
    id,
    name: `Plan ${id}`,
    packId: 'connelly',
    dataVersion: '2025-06-01',
    spec: { include: ['legacy-s03'], strategy: 'release', readingGranularity: 'book' },
    pace: DEFAULT_PACE,
    startDate: '2025-06-02',
    createdAt: 1_000,
    updatedAt,
  };
}

type Marks = Record<string, { done: boolean; at: number }>;
interface SavedJson {
  progress?: Marks;
  plans?: Plan[];
  deletedPlans?: Record<string, number>;
  activePlanId?: string | null;
  settings?: typeof DEFAULT_SETTINGS;
  [field: string]: unknown;
}

/** Saved text as JSON holds it (what another tab, or an older or newer Helix, writes). */
function saved(state: SavedJson, version = STATE_VERSION): string {
  return JSON.stringify({ state: { progress: {}, plans: [], deletedPlans: {}, activePlanId: null, settings: DEFAULT_SETTINGS, ...state }, version });
}

/** What storage holds, with the progress shards put back together (as JSON holds it). */
function stored(): { state: SavedJson; version: number } | null {
  const main = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { state: SavedJson; version: number } | null;
  if (!main) return null;
  const progress: Marks = { ...main.state.progress };
  for (let i = 0; i < SHARDS; i++) {
    const shard = JSON.parse(localStorage.getItem(shardKey(i)) ?? '{"marks":{}}') as { marks: Marks };
    Object.assign(progress, shard.marks);
  }
  return { state: { ...main.state, progress }, version: main.version };
}
const backupKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(BACKUP_PREFIX));
const problems = (): StorageProblem[] => useStorageHealth.getState().problems;
const marks = (record: Marks) => ProgressMap.fromRecord(record);

/** Puts text under the state key and reads it back, as a page load does. */
function loadFrom(raw: string): void {
  localStorage.setItem(STORAGE_KEY, raw);
  loadSavedState();
}

function failWrites(name: 'QuotaExceededError' | 'SecurityError', keys: (key: string) => boolean = () => true) {
  const original = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    if (keys(key)) throw new DOMException('refused', name);
    original.call(this, key, value);
  });
}

let stopSaving: () => void = () => undefined;

beforeEach(() => {
  useHelixStore.setState({ ...INITIAL_STATE });
  localStorage.clear();
  useUndoStore.setState({ last: null, history: [] });
  useStorageHealth.setState({ problems: [], newerVersion: null });
  loadSavedState(); // nothing saved: this tab starts knowing storage is empty
  stopSaving = startSaving();
});

afterEach(() => {
  stopSaving();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('starting up (the saved state is read in a chunk of its own)', () => {
  it('a first visit starts at once, with nothing to read and nothing written', async () => {
    stopSaving();
    localStorage.clear();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const stop = startPersistence();
    let read = false;
    void savedStateRead().then(() => (read = true));
    await Promise.resolve();
    expect(read).toBe(true);
    expect(setItem.mock.calls.filter(([key]) => !key.endsWith(':probe'))).toEqual([]);
    stop();
  });

  it('a returning fan’s plans and progress are in the store when the screens may render, and nothing was written before', async () => {
    stopSaving();
    useHelixStore.setState({ ...INITIAL_STATE });
    const text = saved({ progress: { 'bosch-s01e01': { done: true, at: 5 } }, plans: [makePlan('p1')], activePlanId: 'p1' }, 2);
    localStorage.setItem(STORAGE_KEY, text);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const stop = startPersistence();
    expect(useHelixStore.getState().plans).toEqual([]); // not yet: the reader's chunk is on its way
    await savedStateRead();
    expect(useHelixStore.getState().plans.map((plan) => plan.id)).toEqual(['p1']);
    expect(useHelixStore.getState().progress).toEqual(marks({ 'bosch-s01e01': { done: true, at: 5 } }));
    // Reading writes nothing (a version 2 save stays as it is until the next change) …
    expect(setItem.mock.calls.filter(([key]) => !key.endsWith(':probe'))).toEqual([]);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(text);
    // … and the next change is saved, as version 3, once the page is idle.
    useHelixStore.getState().setDone(['bosch-s01e02'], true);
    stop(); // stopping writes what waits
    expect(stored()?.version).toBe(STATE_VERSION);
    expect(stored()?.state.progress?.['bosch-s01e01']).toEqual({ done: true, at: 5 });
    expect(stored()?.state.progress?.['bosch-s01e02']?.done).toBe(true);
  });
});

describe('saving once the page is idle (the app’s way: a change’s task does not wait for storage)', () => {
  const doneInStorage = () => Object.keys(stored()?.state.progress ?? {}).filter((id) => stored()?.state.progress?.[id]?.done);

  it('writes a change after its task, once, with every change made meanwhile', async () => {
    stopSaving();
    stopSaving = startSaving({ whenIdle: true });
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    useHelixStore.getState().setDone(['bosch-s01e01'], true);
    useHelixStore.getState().setDone(['bosch-s01e02'], true);
    expect(setItem).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(doneInStorage().sort()).toEqual(['bosch-s01e01', 'bosch-s01e02']);
    // one write: each touched shard once, then the main record once
    const keys = setItem.mock.calls.map(([key]) => key);
    expect(keys).toEqual([...[bucketOf('bosch-s01e01'), bucketOf('bosch-s01e02')].sort((a, b) => a - b).map(shardKey), STORAGE_KEY]);
  });

  it('writes a waiting change at once when the page is hidden or closed', () => {
    stopSaving();
    stopSaving = startSaving({ whenIdle: true });
    useHelixStore.getState().setDone(['bosch-s01e01'], true);
    expect(doneInStorage()).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(doneInStorage()).toEqual(['bosch-s01e01']);
    useHelixStore.getState().setDone(['bosch-s01e02'], true);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Reflect.deleteProperty(document, 'visibilityState');
    }
    expect(doneInStorage().sort()).toEqual(['bosch-s01e01', 'bosch-s01e02']);
  });

  it('still writes nothing over saved text it could not read', async () => {
    stopSaving();
    loadFrom('{"state": {"plans": "not a list"}, "version": 3}');
    const damaged = localStorage.getItem(STORAGE_KEY);
    // as when even the backup copy could not be written (storage full): nothing may be written over it
    useStorageHealth.setState({ problems: useStorageHealth.getState().problems.map((p) => (p.kind === 'unreadable' ? { ...p, saved: false } : p)) });
    stopSaving = startSaving({ whenIdle: true });
    useHelixStore.getState().setDone(['bosch-s01e01'], true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(STORAGE_KEY)).toBe(damaged);
  });
});

describe('reading saved state', () => {
  it('loads a valid saved state into the store', () => {
    loadFrom(saved({ progress: { 'bosch-s01e01': { done: true, at: 5 } }, plans: [makePlan('p1')], activePlanId: 'p1' }));
    expect(useHelixStore.getState().progress).toEqual(marks({ 'bosch-s01e01': { done: true, at: 5 } }));
    expect(useHelixStore.getState().activePlanId).toBe('p1');
    expect(problems()).toEqual([]);
    expect(backupKeys()).toEqual([]);
  });

  it('loads a version 2 save and writes it back as version 3 on the next change', () => {
    loadFrom(saved({ progress: { 'bosch-s01e01': { done: true, at: 5 } } }, 2));
    useHelixStore.getState().setDone(['bosch-s01e02'], true);
    expect(stored()?.version).toBe(3);
    expect(stored()?.state.progress?.['bosch-s01e01']).toEqual({ done: true, at: 5 });
  });

  it('starts clean from corrupt JSON, keeps the raw text as a backup and reports it as unreadable', () => {
    const raw = '{"state":{"progress":{"bosch-s01e01":{"done":tr';
    loadFrom(raw);
    expect(persistedOf(useHelixStore.getState())).toEqual(INITIAL_STATE);
    const keys = backupKeys();
    expect(keys).toHaveLength(1);
    expect(localStorage.getItem(keys[0] ?? '')).toBe(raw);
    expect(problems()).toEqual([{ kind: 'unreadable', reason: expect.stringMatching(/not valid JSON/) as string, backupKey: keys[0], raw, saved: true }]);
  });

  it('starts clean from a wrongly shaped state, with a backup and a reason naming the path', () => {
    const raw = saved({ progress: { 'bosch-s01e01': { done: 'yes', at: 5 } } as never });
    loadFrom(raw);
    expect(persistedOf(useHelixStore.getState())).toEqual(INITIAL_STATE);
    expect(backupKeys().map((key) => localStorage.getItem(key))).toEqual([raw]);
    const problem = problems()[0];
    expect(problem?.kind === 'unreadable' && problem.reason).toMatch(/progress\.bosch-s01e01\.done/);
  });

  it('starts clean from JSON that is not a Helix save envelope', () => {
    loadFrom('[1,2,3]');
    expect(persistedOf(useHelixStore.getState())).toEqual(INITIAL_STATE);
    expect(backupKeys()).toHaveLength(1);
    expect(problems()[0]).toMatchObject({ kind: 'unreadable', reason: 'it is not a Helix save', raw: '[1,2,3]' });
  });

  it('reads a save whose progress and plans use the ids constructor and __proto__ (reproduction 1)', () => {
    const raw = `{"state":{"progress":{"constructor":{"done":true,"at":5},"__proto__":{"done":true,"at":6}},"plans":[${JSON.stringify(makePlan('constructor'))}],"deletedPlans":{"__proto__":3},"activePlanId":"constructor","settings":${JSON.stringify(DEFAULT_SETTINGS)},"replacedAt":0},"version":3}`;
    loadFrom(raw);
    expect(problems()).toEqual([]);
    const state = useHelixStore.getState();
    expect([...state.progress].sort()).toEqual([
      ['__proto__', { done: true, at: 6 }],
      ['constructor', { done: true, at: 5 }],
    ]);
    expect(state.activePlanId).toBe('constructor');
    expect(state.deletedPlans.get('__proto__')).toBe(3);
  });

  it('never writes an older format over data a newer Helix saved, even after the notice is dismissed', () => {
    const raw = saved({ progress: { 'bosch-s01e01': { done: true, at: 5 } } }, STATE_VERSION + 1);
    loadFrom(raw);
    expect(problems()).toEqual([{ kind: 'newer', version: STATE_VERSION + 1 }]);
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
    useStorageHealth.getState().dismiss(problems()[0] as StorageProblem);
    useHelixStore.getState().setDone(['legacy-s03e02'], true);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('does not overwrite the unreadable text in place until the app writes again', () => {
    loadFrom('not json');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('not json');
  });

  it('does not make a second backup when the same unreadable text is read twice', () => {
    loadFrom('{broken');
    loadSavedState();
    const keys = backupKeys();
    expect(keys).toHaveLength(1);
    for (const problem of problems()) expect(problem).toMatchObject({ kind: 'unreadable', backupKey: keys[0] });
  });

  it('never overwrites an earlier, different backup, even one made in the same millisecond', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-01T10:00:00.000Z'));
    const earlierKey = `${BACKUP_PREFIX}2025-06-01T10:00:00.000Z`;
    localStorage.setItem(earlierKey, 'the earlier backup');
    loadFrom('{a different broken save');
    expect(localStorage.getItem(earlierKey)).toBe('the earlier backup');
    const keys = backupKeys();
    expect(keys).toHaveLength(2);
    expect(localStorage.getItem(keys.find((key) => key !== earlierKey) ?? '')).toBe('{a different broken save');
  });

  it('still reports the raw text when the backup itself cannot be written', () => {
    failWrites('QuotaExceededError');
    expect(readState(window.localStorage, 'garbage')).toEqual({ kind: 'unreadable' });
    expect(problems()[0]).toMatchObject({ kind: 'unreadable', backupKey: null, raw: 'garbage' });
  });

  it('does not overwrite unreadable saved text that could not be backed up, until the user downloads or dismisses it', () => {
    failWrites('QuotaExceededError', (key) => key.startsWith(BACKUP_PREFIX));
    loadFrom('{"state": cut off');
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{"state": cut off');
    expect(useHelixStore.getState().progress.isDone('legacy-s03e01')).toBe(true);
    useStorageHealth.getState().markSaved(problems()[0] as StorageProblem);
    useHelixStore.getState().setDone(['legacy-s03e02'], true);
    expect(stored()?.state.progress?.['legacy-s03e02']?.done).toBe(true);
  });

  it('returns nothing when nothing is saved, without any notice', () => {
    loadSavedState();
    expect(persistedOf(useHelixStore.getState())).toEqual(INITIAL_STATE);
    expect(problems()).toEqual([]);
  });
});

describe('fields this version does not know', () => {
  it('keeps them through a load and a write (a newer Helix’s fields are not lost)', () => {
    loadFrom(saved({ progress: { a: { done: true, at: 1 } }, themeOfTheFuture: { colour: 'noir' }, settings: { ...DEFAULT_SETTINGS, fontSize: 'large' } as never }));
    useHelixStore.getState().setDone(['b'], true);
    const state = stored()?.state;
    expect(state?.themeOfTheFuture).toEqual({ colour: 'noir' });
    expect(state?.settings).toEqual({ ...DEFAULT_SETTINGS, fontSize: 'large' });
    expect(state?.progress?.b?.done).toBe(true);
  });
});

describe('a browser that forbids storage', () => {
  it('reports storage as unavailable, keeps working in memory and never writes', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    loadSavedState();
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    expect(useHelixStore.getState().progress.isDone('legacy-s03e01')).toBe(true);
    expect(problems()).toEqual([{ kind: 'unavailable' }]);
  });

  it('tells blocked writes from a full disk', () => {
    failWrites('SecurityError');
    loadSavedState();
    expect(problems()).toEqual([{ kind: 'unavailable' }]);
  });
});

describe('full storage (reproduction 4)', () => {
  it('reads the saved state although a write probe fails, and says storage is full, not blocked', () => {
    localStorage.setItem(STORAGE_KEY, saved({ progress: { 'bosch-s01e01': { done: true, at: 5 } }, plans: [makePlan('p1')], activePlanId: 'p1' }));
    failWrites('QuotaExceededError');
    loadSavedState();
    expect(useHelixStore.getState().plans.map((p) => p.id)).toEqual(['p1']);
    expect(useHelixStore.getState().progress.isDone('bosch-s01e01')).toBe(true);
    expect(problems()).toEqual([{ kind: 'quota' }]);
  });

  it('keeps changes in memory while full, retries, and once space frees up saves everything, the old progress included', () => {
    vi.useFakeTimers();
    localStorage.setItem(STORAGE_KEY, saved({ progress: { 'bosch-s01e01': { done: true, at: 5 } } }));
    const full = failWrites('QuotaExceededError', (key) => key === STORAGE_KEY || key.endsWith(':probe'));
    loadSavedState();
    useHelixStore.getState().upsertPlan(makePlan('new'));
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    expect(stored()?.state.plans).toEqual([]);
    expect(problems()).toEqual([{ kind: 'quota' }]);
    full.mockRestore();
    vi.advanceTimersByTime(RETRY_MS);
    expect(stored()?.state.plans?.map((p) => p.id)).toEqual(['new']);
    expect(stored()?.state.progress?.['bosch-s01e01']).toEqual({ done: true, at: 5 });
    expect(stored()?.state.progress?.['legacy-s03e01']?.done).toBe(true);
    expect(problems()).toEqual([]);
  });
});

describe('ids the current pack does not know', () => {
  it('keeps progress for a future show through a reload and a later write', () => {
    loadFrom(saved({ progress: { 'some-future-show-s01e01': { done: true, at: 7 } } }));
    useHelixStore.getState().setDone(['bosch-s01e01'], true);
    expect(stored()?.state.progress?.['some-future-show-s01e01']).toEqual({ done: true, at: 7 });
    expect(stored()?.state.progress?.['bosch-s01e01']?.done).toBe(true);
  });
});

describe('another tab writing', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  function otherTabWrites(state: SavedJson, version = STATE_VERSION) {
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: saved(state, version) }));
  }

  it('merges the other tab’s done ids with ours', async () => {
    useHelixStore.setState({ progress: marks({ 'bosch-s01e01': { done: true, at: 10 } }) });
    stop = startCrossTabSync();
    await crossTabReady();
    otherTabWrites({ progress: { 'bosch-s01e02': { done: true, at: 11 } } });
    expect(useHelixStore.getState().progress.isDone('bosch-s01e01')).toBe(true);
    expect(useHelixStore.getState().progress.isDone('bosch-s01e02')).toBe(true);
  });

  it('lets the other tab’s later undo win over our earlier check-off', async () => {
    useHelixStore.setState({ progress: marks({ 'bosch-s01e01': { done: true, at: 10 } }) });
    stop = startCrossTabSync();
    await crossTabReady();
    otherTabWrites({ progress: { 'bosch-s01e01': { done: false, at: 20 } } });
    expect(useHelixStore.getState().progress.get('bosch-s01e01')).toEqual({ done: false, at: 20 });
  });

  it('keeps our later undo over the other tab’s earlier check-off', async () => {
    useHelixStore.setState({ progress: marks({ 'bosch-s01e01': { done: false, at: 30 } }) });
    stop = startCrossTabSync();
    await crossTabReady();
    otherTabWrites({ progress: { 'bosch-s01e01': { done: true, at: 20 } } });
    expect(useHelixStore.getState().progress.get('bosch-s01e01')).toEqual({ done: false, at: 30 });
  });

  it('reads the other tab’s marks from the future as now, so our later untick wins (reproduction 5)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(10_000);
    stop = startCrossTabSync();
    await crossTabReady();
    otherTabWrites({ progress: { 'bosch-s01e01': { done: true, at: 4_102_444_800_000 } } });
    expect(useHelixStore.getState().progress.get('bosch-s01e01')).toEqual({ done: true, at: 10_000 });
    vi.setSystemTime(10_050);
    useHelixStore.getState().setDone(['bosch-s01e01'], false);
    // the other tab read the same mark as "now" when it came in, and writes that copy again
    vi.setSystemTime(10_070);
    otherTabWrites({ progress: { 'bosch-s01e01': { done: true, at: 10_000 } } });
    expect(useHelixStore.getState().progress.get('bosch-s01e01')).toEqual({ done: false, at: 10_050 });
  });

  it('ignores events for other keys and removals', async () => {
    useHelixStore.setState({ progress: marks({ 'bosch-s01e01': { done: true, at: 10 } }) });
    stop = startCrossTabSync();
    await crossTabReady();
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: saved({ progress: { x: { done: true, at: 1 } } }) }));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: null }));
    expect(useHelixStore.getState().progress).toEqual(marks({ 'bosch-s01e01': { done: true, at: 10 } }));
  });

  it('keeps a copy of unreadable text another tab wrote before writing over it', () => {
    useHelixStore.setState({ progress: marks({ 'bosch-s01e01': { done: true, at: 10 } }) });
    localStorage.setItem(STORAGE_KEY, '{oops');
    onStorageEvent({ key: STORAGE_KEY, newValue: '{oops' });
    expect(backupKeys().map((key) => localStorage.getItem(key))).toEqual(['{oops']);
    expect(stored()?.state.progress?.['bosch-s01e01']?.done).toBe(true);
  });

  it('stops writing and asks for a reload when another tab saves a newer version (reproduction 3)', () => {
    loadFrom(saved({ progress: { 'bosch-s01e01': { done: true, at: 10 } } }));
    const newer = saved({ progress: { 'bosch-s01e01': { done: true, at: 10 } }, laterField: true }, STATE_VERSION + 1);
    localStorage.setItem(STORAGE_KEY, newer);
    onStorageEvent({ key: STORAGE_KEY, newValue: newer });
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    expect(problems()).toEqual([{ kind: 'newer', version: STATE_VERSION + 1 }]);
    expect(useHelixStore.getState().progress.isDone('legacy-s03e01')).toBe(true);
  });

  it('stops listening once stopped', async () => {
    stop = startCrossTabSync();
    await crossTabReady();
    stop();
    otherTabWrites({ progress: { 'bosch-s01e02': { done: true, at: 11 } } });
    expect(useHelixStore.getState().progress.size).toBe(0);
  });

  it('does not bring back a plan we deleted after its last edit', async () => {
    useHelixStore.setState({ plans: [], deletedPlans: new Map([['p1', 5_000]]), activePlanId: null });
    stop = startCrossTabSync();
    await crossTabReady();
    otherTabWrites({ plans: [makePlan('p1', 2_000)], activePlanId: 'p1' });
    expect(useHelixStore.getState().plans).toEqual([]);
    expect(useHelixStore.getState().activePlanId).toBeNull();
  });

  it('takes the other tab’s plans and settings', async () => {
    stop = startCrossTabSync();
    await crossTabReady();
    otherTabWrites({ plans: [makePlan('p2')], activePlanId: 'p2', settings: { ...DEFAULT_SETTINGS, hideDone: true } });
    expect(useHelixStore.getState().plans.map((p) => p.id)).toEqual(['p2']);
    expect(useHelixStore.getState().settings.hideDone).toBe(true);
  });

  it('does not write back what the other tab wrote when the merge changes nothing (two tabs settle)', async () => {
    stop = startCrossTabSync();
    await crossTabReady();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const text = saved({ plans: [makePlan('p2')], activePlanId: 'p2' });
    localStorage.setItem(STORAGE_KEY, text);
    setItem.mockClear();
    onStorageEvent({ key: STORAGE_KEY, newValue: text });
    useHelixStore.getState().updateSettings({ hideDone: false });
    const writes = setItem.mock.calls.filter(([key]) => key === STORAGE_KEY).length;
    onStorageEvent({ key: STORAGE_KEY, newValue: localStorage.getItem(STORAGE_KEY) ?? '' });
    expect(setItem.mock.calls.filter(([key]) => key === STORAGE_KEY).length).toBe(writes);
  });

  it('merges a progress shard another tab wrote, dropping marks made before our last Replace', async () => {
    useHelixStore.setState({ replacedAt: 100, progress: marks({ kept: { done: true, at: 100 } }) });
    stop = startCrossTabSync();
    await crossTabReady();
    for (const [id, mark] of [
      ['stale', { done: true, at: 50 }],
      ['fresh', { done: true, at: 150 }],
    ] as const) {
      const shard = ProgressMap.of([[id, mark]]);
      const index = shard.buckets.findIndex((bucket) => bucket.size > 0);
      window.dispatchEvent(new StorageEvent('storage', { key: shardKey(index), newValue: shardText(shard, index) }));
    }
    expect([...useHelixStore.getState().progress.keys()].sort()).toEqual(['fresh', 'kept']);
  });
});

describe('incremental saving', () => {
  it('rewrites one progress shard for a tick, however many marks are stored', () => {
    loadFrom(saved({ progress: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`archive-${String(i)}`, { done: true, at: i }])) }));
    useHelixStore.getState().setDone(['bosch-s01e01'], true); // the first write after a migration writes every shard
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    useHelixStore.getState().setDone(['archive-7'], false);
    expect(setItem.mock.calls.map(([key]) => key)).toEqual([shardKey(ProgressMap.of([['archive-7', { done: true, at: 0 }]]).buckets.findIndex((b) => b.size > 0))]);
    expect(stored()?.state.progress?.['archive-7']).toEqual({ done: false, at: expect.any(Number) as number });
    expect(Object.keys(stored()?.state.progress ?? {})).toHaveLength(5_001);
  });

  it('moves marks an older tab wrote into the main record to the shards before writing the main record', () => {
    useHelixStore.getState().setDone(['from-v3'], true);
    // an older Helix, still open in another tab, writes version 2 with progress inside the main record
    localStorage.setItem(STORAGE_KEY, saved({ progress: { 'from-v2': { done: true, at: 5 } } }, 2));
    loadSavedState();
    expect(useHelixStore.getState().progress.isDone('from-v3')).toBe(true);
    useHelixStore.getState().updateSettings({ hideDone: true });
    const state = stored()?.state;
    expect(state?.progress?.['from-v2']).toEqual({ done: true, at: 5 });
    expect(state?.progress?.['from-v3']?.done).toBe(true);
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: SavedJson }).state.progress).toBeUndefined();
  });

  it('keeps a copy of a progress shard it cannot read and loads the rest', () => {
    localStorage.setItem(STORAGE_KEY, saved({ plans: [makePlan('p1')], activePlanId: 'p1' }));
    const good = ProgressMap.of([['bosch-s01e01', { done: true, at: 5 }]]);
    const goodIndex = good.buckets.findIndex((b) => b.size > 0);
    localStorage.setItem(shardKey(goodIndex), shardText(good, goodIndex));
    const badIndex = (goodIndex + 1) % SHARDS;
    localStorage.setItem(shardKey(badIndex), '{"marks":{"x":{"done":tr');
    loadSavedState();
    expect(useHelixStore.getState().progress.isDone('bosch-s01e01')).toBe(true);
    expect(useHelixStore.getState().plans.map((p) => p.id)).toEqual(['p1']);
    expect(backupKeys().map((key) => localStorage.getItem(key))).toEqual(['{"marks":{"x":{"done":tr']);
    expect(problems()[0]).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/^part \d+ of 64 of your progress could not be read/) as string });
  });
});
