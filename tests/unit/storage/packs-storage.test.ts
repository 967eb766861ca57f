import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWhole } from '../../../src/data/pack-parsing';
import { useFranchiseStore } from '../../../src/data/franchise-store';
import { buildOrderFromIndex } from '../../../src/domain/order/build-order';
import { parseAndIndexPack } from '../../../src/domain/pack/parse-pack';
import type { Pack } from '../../../src/domain/pack/schema';
import { planFromPreset } from '../../../src/domain/plan/presets';
import { STATE_VERSION } from '../../../src/domain/storage/persisted-state';
import { setActivePackId } from '../../../src/store/active-pack';
import { INITIAL_STATE, useHelixStore } from '../../../src/store/helix-store';
import { progressOfPack, storedProgressId } from '../../../src/store/pack-progress';
import { loadSavedState } from '../../../src/store/load-saved-state';
import { saveState, startSaving } from '../../../src/store/persistence';
import { activePlanOf, plansOfPack } from '../../../src/store/plan-selectors';
import { setEntriesDone } from '../../../src/store/progress-actions';
import { STORAGE_KEY } from '../../../src/store/safe-storage';
import { useStorageHealth } from '../../../src/store/storage-health';
import { useUndoStore } from '../../../src/store/undo-store';
import { SAVED_V3_CONNELLY } from '../fixtures/saved-v3-connelly';
import { tinyPack } from '../fixtures/tiny-pack';

/** A second universe for the tests: the tiny pack under another id (its item ids collide with Connelly's on purpose). */
function otherPack(id: string): Pack {
  return { ...tinyPack(), id, title: `The ${id} universe` };
}

function showPack(pack: Pack): ReturnType<typeof parseAndIndexPack> {
  useFranchiseStore.getState().accept(pack, parseWhole(pack), true);
  const state = useFranchiseStore.getState().state;
  if (state.status !== 'ready') throw new Error('pack did not load');
  setActivePackId(pack.id); // as the pack gate does
  return state.index;
}

function putSaved(texts: Readonly<Record<string, string>>): void {
  for (const [key, text] of Object.entries(texts)) localStorage.setItem(key, text);
}

const storedTexts = () => Object.fromEntries(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)]));
const doneIds = (packId: string) => [...progressOfPack(useHelixStore.getState().progress, packId)].filter(([, mark]) => mark.done).map(([id]) => id).sort();

const CONNELLY_DONE = ['constructor', 'desert-star#ch1', 'desert-star#ch2', 'legacy-s03e01', 'legacy-s03e02', 'the-black-ice#p1-48'];

let stop: () => void = () => undefined;

beforeEach(() => {
  useHelixStore.setState({ ...INITIAL_STATE });
  localStorage.clear();
  useUndoStore.setState({ last: null, history: [] });
  useStorageHealth.setState({ problems: [], newerVersion: null });
});

afterEach(() => stop());

describe('progress saved before there were several packs', () => {
  it('loads as Connelly progress, mark for mark, and belongs to no other pack', () => {
    putSaved(SAVED_V3_CONNELLY);
    loadSavedState();
    expect(doneIds('connelly')).toEqual(CONNELLY_DONE);
    expect(doneIds('expanse')).toEqual([]);
    expect(progressOfPack(useHelixStore.getState().progress, 'connelly').get('desert-star#ch3')).toEqual({ done: false, at: 1_764_000_300_000 });
    const { plans, activePlanId } = useHelixStore.getState();
    expect(plansOfPack(plans, 'connelly').map((plan) => plan.name)).toEqual(['The Double Helix', 'Just the shows']);
    expect(plansOfPack(plans, 'expanse')).toEqual([]);
    expect(activePlanOf(plans, activePlanId, 'connelly')?.id).toBe('plan-b');
    expect(activePlanOf(plans, activePlanId, 'expanse')).toBeNull();
    expect(useStorageHealth.getState().problems).toEqual([]);
  });

  it('is left exactly as it was until something changes (loading rewrites nothing)', () => {
    putSaved(SAVED_V3_CONNELLY);
    loadSavedState();
    stop = startSaving();
    saveState();
    expect(storedTexts()).toEqual(SAVED_V3_CONNELLY);
  });
});

describe('two packs in one browser', () => {
  it('keep their own progress: checking items off in another pack, with the same item ids, leaves Connelly’s untouched', () => {
    putSaved(SAVED_V3_CONNELLY);
    loadSavedState();
    stop = startSaving();
    const index = showPack(otherPack('expanse'));
    const entries = buildOrderFromIndex(index, { include: ['legacy-s01'], strategy: 'release', readingGranularity: 'book' });
    setEntriesDone(entries.slice(0, 2), true, 'Checked off');
    expect(doneIds('expanse')).toEqual(['legacy-s01e01', 'legacy-s01e02']);
    expect(doneIds('connelly')).toEqual(CONNELLY_DONE);

    // A reload reads both back from storage, each in its own pack.
    stop();
    useHelixStore.setState({ ...INITIAL_STATE });
    loadSavedState();
    expect(doneIds('expanse')).toEqual(['legacy-s01e01', 'legacy-s01e02']);
    expect(doneIds('connelly')).toEqual(CONNELLY_DONE);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(SAVED_V3_CONNELLY['helix:state']);
  });

  it('undoes a check-off in the other pack only', () => {
    putSaved(SAVED_V3_CONNELLY);
    loadSavedState();
    const index = showPack(otherPack('expanse'));
    const entries = buildOrderFromIndex(index, { include: ['legacy-s01'], strategy: 'release', readingGranularity: 'book' });
    setEntriesDone(entries.slice(0, 1), true, 'Checked off');
    setEntriesDone(entries.slice(0, 1), false, 'Unchecked');
    expect(doneIds('expanse')).toEqual([]);
    expect(doneIds('connelly')).toEqual(CONNELLY_DONE);
  });

  it('keep their own plans and their own active plan', () => {
    putSaved(SAVED_V3_CONNELLY);
    loadSavedState();
    const index = showPack(otherPack('expanse'));
    const preset = index.manifest.presets[0];
    if (!preset) throw new Error('no preset');
    const plan = planFromPreset(index.pack, preset, { id: 'plan-x', now: 1_764_100_000_000, startDate: '2026-12-01' });
    useHelixStore.getState().upsertPlan(plan);
    useHelixStore.getState().setActivePlan(plan.id);
    const { plans, activePlanId } = useHelixStore.getState();
    expect(plansOfPack(plans, 'expanse').map((p) => p.id)).toEqual(['plan-x']);
    expect(activePlanOf(plans, activePlanId, 'expanse')?.id).toBe('plan-x');
    // Back in Connelly, its own most recent plan is active; its list is as it was.
    expect(plansOfPack(plans, 'connelly').map((p) => p.id)).toEqual(['plan-a', 'plan-b']);
    expect(activePlanOf(plans, activePlanId, 'connelly')?.id).toBe('plan-a');
  });

  it('treat a pack called “constructor” like any other (no prototype look-ups)', () => {
    putSaved(SAVED_V3_CONNELLY);
    loadSavedState();
    const index = showPack(otherPack('constructor'));
    const entries = buildOrderFromIndex(index, { include: ['legacy-s01'], strategy: 'release', readingGranularity: 'book' });
    setEntriesDone(entries.slice(0, 1), true, 'Checked off');
    expect(doneIds('constructor')).toEqual(['legacy-s01e01']);
    expect(useHelixStore.getState().progress.isDone(storedProgressId('constructor', 'legacy-s01e01'))).toBe(true);
    expect(doneIds('connelly')).toEqual(CONNELLY_DONE);
    expect(plansOfPack(useHelixStore.getState().plans, 'constructor')).toEqual([]);
  });
});

describe('a save in a newer format', () => {
  it('is still refused and never written over, whatever pack is on screen', () => {
    const newer = SAVED_V3_CONNELLY['helix:state']?.replace(/"version":3}$/, `"version":${String(STATE_VERSION + 1)}}`) ?? '';
    putSaved({ ...SAVED_V3_CONNELLY, 'helix:state': newer });
    loadSavedState();
    stop = startSaving();
    const index = showPack(otherPack('expanse'));
    setEntriesDone(buildOrderFromIndex(index, { include: ['legacy-s01'], strategy: 'release', readingGranularity: 'book' }).slice(0, 1), true, 'Checked off');
    expect(useStorageHealth.getState().newerVersion).toBe(STATE_VERSION + 1);
    expect(storedTexts()).toEqual({ ...SAVED_V3_CONNELLY, 'helix:state': newer });
  });
});
