import { beforeEach, describe, expect, it } from 'vitest';
import { buildOrder } from '../../../src/domain/order/build-order';
import type { Pack } from '../../../src/domain/pack/schema';
import { INITIAL_STATE, useHelixStore } from '../../../src/store/helix-store';
import { loadSavedState } from '../../../src/store/load-saved-state';
import { lookupFor } from '../../../src/store/progress-selectors';
import { isEntryDone } from '../../../src/domain/progress/progress-ids';
import { connelly } from '../order/connelly-pack';
import fixture from './fixtures/v3-before-films.json';

/**
 * A stored state written by the Helix of commit 1b402fd, before films existed (state format v3; its data
 * without films), with five plans and progress. Today's code with today's pack (films included) must open
 * every plan with the same items in the same order and the same items checked off.
 */
const expected = fixture.expected as Record<string, { order: string[]; done: string[] }>;

function openStored(): void {
  localStorage.clear();
  for (const [key, text] of Object.entries(fixture.storage)) localStorage.setItem(key, text);
  loadSavedState();
}

beforeEach(() => {
  useHelixStore.setState({ ...INITIAL_STATE });
  openStored();
});

describe('a plan made before films existed', () => {
  it('opens every stored plan, none of them gaining a film', () => {
    const { plans, activePlanId } = useHelixStore.getState();
    expect(plans.map((plan) => plan.id)).toEqual(Object.keys(expected));
    expect(activePlanId).toBe('plan-double-helix');
    for (const plan of plans) expect(plan.spec.include.filter((id) => id.startsWith('film-'))).toEqual([]);
  });

  it.each(Object.keys(expected))('%s shows the same items in the same order, with the same ones checked off', (id) => {
    const { plans, progress } = useHelixStore.getState();
    const plan = plans.find((p) => p.id === id);
    const entries = plan ? buildOrder(connelly, plan.spec) : [];
    const lookup = lookupFor(progress);
    expect(entries.map((entry) => entry.id)).toEqual(expected[id]?.order);
    expect(entries.filter((entry) => isEntryDone(entry, lookup)).map((entry) => entry.id)).toEqual(expected[id]?.done);
    expect(expected[id]?.done.length).toBeGreaterThan(0);
  });

  it('that took in the whole of Ballard picks up season 2 when the pack gains its episodes, its marks kept', () => {
    const pack: Pack = structuredClone(connelly);
    const season = pack.shows.find((show) => show.id === 'ballard')?.seasons[1];
    if (!season) throw new Error('the pack has no announced Ballard season 2');
    delete season.announced;
    season.episodes = [1, 2].map((number) => ({ id: `ballard-s02e0${number}`, number, released: '2027-06-01', titleConfidence: 'unknown' as const }));
    const { plans, progress } = useHelixStore.getState();
    const plan = plans.find((p) => p.id === 'plan-ballard');
    const entries = plan ? buildOrder(pack, plan.spec) : [];
    expect(entries.map((entry) => entry.id)).toEqual([...(expected['plan-ballard']?.order ?? []), 'ballard-s02e01', 'ballard-s02e02']);
    const lookup = lookupFor(progress);
    expect(entries.filter((entry) => isEntryDone(entry, lookup)).map((entry) => entry.id)).toEqual(['ballard-s01e01', 'ballard-s01e02', 'ballard-s01e03']);
  });
});
