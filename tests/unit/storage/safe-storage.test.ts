import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/domain/plan/plan';
import { DEFAULT_PACE } from '../../../src/domain/plan/plan';
import { DEFAULT_SETTINGS, STATE_VERSION, type PersistedState } from '../../../src/domain/storage/persisted-state';
import { INITIAL_STATE, startCrossTabSync, useHelixStore } from '../../../src/store/helix-store';
import { BACKUP_PREFIX, createSafeStorage, readState, STORAGE_KEY } from '../../../src/store/safe-storage';
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

function saved(state: Partial<PersistedState>, version = STATE_VERSION): string {
  return JSON.stringify({ state: { ...INITIAL_STATE, ...state }, version });
}

function backupKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(BACKUP_PREFIX));
}

function problems(): StorageProblem[] {
  return useStorageHealth.getState().problems;
}

function persistedNow(): PersistedState {
  const { progress, plans, deletedPlans, activePlanId, settings } = useHelixStore.getState();
  return { progress, plans, deletedPlans, activePlanId, settings };
}

/** Puts text under the state key and reads it back through the store, as a page load does. */
async function loadFrom(raw: string): Promise<void> {
  localStorage.setItem(STORAGE_KEY, raw);
  await useHelixStore.persist.rehydrate();
}

beforeEach(() => {
  useHelixStore.setState({ ...INITIAL_STATE });
  localStorage.clear();
  useUndoStore.setState({ last: null });
  useStorageHealth.setState({ problems: [] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('reading saved state', () => {
  it('loads a valid saved state into the store', async () => {
    await loadFrom(saved({ progress: { 'bosch-s01e01': { done: true, at: 5 } }, plans: [makePlan('p1')], activePlanId: 'p1' }));
    expect(useHelixStore.getState().progress).toEqual({ 'bosch-s01e01': { done: true, at: 5 } });
    expect(useHelixStore.getState().activePlanId).toBe('p1');
    expect(problems()).toEqual([]);
    expect(backupKeys()).toEqual([]);
  });

  it('starts clean from corrupt JSON, keeps the raw text as a backup and reports it as unreadable', async () => {
    const raw = '{"state":{"progress":{"bosch-s01e01":{"done":tr';
    await loadFrom(raw);
    expect(persistedNow()).toEqual(INITIAL_STATE);
    const keys = backupKeys();
    expect(keys).toHaveLength(1);
    expect(localStorage.getItem(keys[0] ?? '')).toBe(raw);
    expect(problems()).toEqual([{ kind: 'unreadable', reason: expect.stringMatching(/not valid JSON/) as string, backupKey: keys[0], raw, saved: true }]);
  });

  it('starts clean from a wrongly shaped state, with a backup and a reason naming the path', async () => {
    const raw = saved({ progress: { 'bosch-s01e01': { done: 'yes', at: 5 } } as never });
    await loadFrom(raw);
    expect(persistedNow()).toEqual(INITIAL_STATE);
    expect(backupKeys().map((key) => localStorage.getItem(key))).toEqual([raw]);
    const problem = problems()[0];
    expect(problem?.kind).toBe('unreadable');
    expect(problem?.kind === 'unreadable' && problem.reason).toMatch(/progress\.bosch-s01e01\.done/);
  });

  it('starts clean from JSON that is not a Helix save envelope', async () => {
    await loadFrom('[1,2,3]');
    expect(persistedNow()).toEqual(INITIAL_STATE);
    expect(backupKeys()).toHaveLength(1);
    expect(problems()[0]).toMatchObject({ kind: 'unreadable', reason: 'it is not a Helix save', raw: '[1,2,3]' });
  });

  it('starts clean from a state written by a newer version, keeping it as a backup', async () => {
    const raw = saved({ progress: { 'bosch-s01e01': { done: true, at: 5 } } }, STATE_VERSION + 1);
    await loadFrom(raw);
    expect(persistedNow()).toEqual(INITIAL_STATE);
    expect(backupKeys().map((key) => localStorage.getItem(key))).toEqual([raw]);
    expect(problems()[0]).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/newer version/) as string });
  });

  it('never writes an older format over data a newer Helix saved, until the user reloads or dismisses', async () => {
    const raw = saved({ progress: { 'bosch-s01e01': { done: true, at: 5 } } }, STATE_VERSION + 1);
    await loadFrom(raw);
    expect(problems()[0]).toMatchObject({ kind: 'unreadable', newer: true });
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
    const [problem] = problems();
    if (!problem) throw new Error('no notice');
    useStorageHealth.getState().dismiss(problem);
    useHelixStore.getState().setDone(['legacy-s03e02'], true);
    expect(localStorage.getItem(STORAGE_KEY)).toContain('legacy-s03e02');
  });

  it('does not overwrite the unreadable text in place until the app writes again', async () => {
    await loadFrom('not json');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('not json');
  });

  it('does not make a second backup when the same unreadable text is read twice', async () => {
    await loadFrom('{broken');
    await useHelixStore.persist.rehydrate();
    const keys = backupKeys();
    expect(keys).toHaveLength(1);
    // every notice about this text points at the one backup
    for (const problem of problems()) expect(problem).toMatchObject({ kind: 'unreadable', backupKey: keys[0] });
  });

  it('never overwrites an earlier, different backup, even one made in the same millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-01T10:00:00.000Z'));
    const earlierKey = `${BACKUP_PREFIX}2025-06-01T10:00:00.000Z`;
    localStorage.setItem(earlierKey, 'the earlier backup');
    await loadFrom('{a different broken save');
    expect(localStorage.getItem(earlierKey)).toBe('the earlier backup');
    const keys = backupKeys();
    expect(keys).toHaveLength(2);
    const newKey = keys.find((key) => key !== earlierKey) ?? '';
    expect(localStorage.getItem(newKey)).toBe('{a different broken save');
  });

  it('still reports the raw text when the backup itself cannot be written', () => {
    const storage = window.localStorage;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(readState(storage, 'garbage')).toBeNull();
    expect(problems()[0]).toMatchObject({ kind: 'unreadable', backupKey: null, raw: 'garbage' });
  });

  it('does not overwrite unreadable saved text that could not be backed up, until the user downloads or dismisses it', async () => {
    const original = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.startsWith(BACKUP_PREFIX)) throw new DOMException('full', 'QuotaExceededError');
      original.call(this, key, value);
    });
    await loadFrom('{"state": cut off');
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{"state": cut off');
    expect(useHelixStore.getState().progress['legacy-s03e01']?.done).toBe(true);
    const [problem] = problems();
    if (!problem) throw new Error('no notice');
    useStorageHealth.getState().markSaved(problem);
    useHelixStore.getState().setDone(['legacy-s03e02'], true);
    expect(localStorage.getItem(STORAGE_KEY)).toContain('legacy-s03e02');
  });

  it('reads through createSafeStorage directly and returns the current version', () => {
    localStorage.setItem(STORAGE_KEY, saved({ activePlanId: null }));
    const value = createSafeStorage().getItem(STORAGE_KEY);
    expect(value).toEqual({ state: INITIAL_STATE, version: STATE_VERSION });
  });

  it('returns nothing when nothing is saved, without any notice', () => {
    expect(createSafeStorage().getItem(STORAGE_KEY)).toBeNull();
    expect(problems()).toEqual([]);
  });
});

describe('a browser that forbids storage', () => {
  it('reports storage as unavailable once and keeps working in memory', () => {
    const denied = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    try {
      const storage = createSafeStorage();
      expect(storage.getItem(STORAGE_KEY)).toBeNull();
      storage.setItem(STORAGE_KEY, { state: INITIAL_STATE, version: STATE_VERSION });
      expect(problems()).toEqual([{ kind: 'unavailable' }]);
    } finally {
      denied.mockRestore(); // the shared clean-up clears localStorage after this test
    }
  });
});

describe('ids the current pack does not know', () => {
  it('keeps progress for a future show through a reload and a later write', async () => {
    await loadFrom(saved({ progress: { 'some-future-show-s01e01': { done: true, at: 7 } } }));
    expect(useHelixStore.getState().progress['some-future-show-s01e01']).toEqual({ done: true, at: 7 });
    useHelixStore.getState().setDone(['bosch-s01e01'], true);
    const written = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: PersistedState };
    expect(written.state.progress['some-future-show-s01e01']).toEqual({ done: true, at: 7 });
    expect(written.state.progress['bosch-s01e01']?.done).toBe(true);
  });
});

describe('writing when storage is full', () => {
  function failStateWrites() {
    const original = Storage.prototype.setItem;
    return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === STORAGE_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      original.call(this, key, value);
    });
  }

  it('reports a quota notice and keeps the change in memory', () => {
    failStateWrites();
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    expect(useHelixStore.getState().progress['legacy-s03e01']?.done).toBe(true);
    expect(problems()).toEqual([{ kind: 'quota' }]);
    expect(localStorage.getItem(STORAGE_KEY) ?? '').not.toContain('legacy-s03e01');
  });

  it('reports the quota problem once however many writes fail', () => {
    failStateWrites();
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    useHelixStore.getState().setDone(['legacy-s03e02'], true);
    expect(problems()).toEqual([{ kind: 'quota' }]);
    expect(useHelixStore.getState().progress['legacy-s03e02']?.done).toBe(true);
  });
});

describe('another tab writing', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  function otherTabWrites(state: Partial<PersistedState>, version = STATE_VERSION) {
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: saved(state, version) }));
  }

  it('merges the other tab’s done ids with ours', () => {
    useHelixStore.setState({ progress: { 'bosch-s01e01': { done: true, at: 10 } } });
    stop = startCrossTabSync();
    otherTabWrites({ progress: { 'bosch-s01e02': { done: true, at: 11 } } });
    const progress = useHelixStore.getState().progress;
    expect(progress['bosch-s01e01']?.done).toBe(true);
    expect(progress['bosch-s01e02']?.done).toBe(true);
  });

  it('lets the other tab’s later undo win over our earlier check-off', () => {
    useHelixStore.setState({ progress: { 'bosch-s01e01': { done: true, at: 10 } } });
    stop = startCrossTabSync();
    otherTabWrites({ progress: { 'bosch-s01e01': { done: false, at: 20 } } });
    expect(useHelixStore.getState().progress['bosch-s01e01']).toEqual({ done: false, at: 20 });
  });

  it('keeps our later undo over the other tab’s earlier check-off', () => {
    useHelixStore.setState({ progress: { 'bosch-s01e01': { done: false, at: 30 } } });
    stop = startCrossTabSync();
    otherTabWrites({ progress: { 'bosch-s01e01': { done: true, at: 20 } } });
    expect(useHelixStore.getState().progress['bosch-s01e01']).toEqual({ done: false, at: 30 });
  });

  it('ignores events for other keys, unreadable values and newer versions', () => {
    useHelixStore.setState({ progress: { 'bosch-s01e01': { done: true, at: 10 } } });
    stop = startCrossTabSync();
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: saved({ progress: { x: { done: true, at: 1 } } }) }));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: '{oops' }));
    otherTabWrites({ progress: { y: { done: true, at: 1 } } }, STATE_VERSION + 1);
    expect(useHelixStore.getState().progress).toEqual({ 'bosch-s01e01': { done: true, at: 10 } });
  });

  it('stops listening once stopped', () => {
    stop = startCrossTabSync();
    stop();
    otherTabWrites({ progress: { 'bosch-s01e02': { done: true, at: 11 } } });
    expect(useHelixStore.getState().progress).toEqual({});
  });

  it('does not bring back a plan we deleted after its last edit', () => {
    useHelixStore.setState({ plans: [], deletedPlans: { p1: 5_000 }, activePlanId: null });
    stop = startCrossTabSync();
    otherTabWrites({ plans: [makePlan('p1', 2_000)], activePlanId: 'p1' });
    expect(useHelixStore.getState().plans).toEqual([]);
    expect(useHelixStore.getState().activePlanId).toBeNull();
  });

  it('takes the other tab’s plans and settings', () => {
    stop = startCrossTabSync();
    otherTabWrites({ plans: [makePlan('p2')], activePlanId: 'p2', settings: { ...DEFAULT_SETTINGS, hideDone: true } });
    expect(useHelixStore.getState().plans.map((p) => p.id)).toEqual(['p2']);
    expect(useHelixStore.getState().settings.hideDone).toBe(true);
  });
});
