import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan/plan';
import { DEFAULT_PACE } from '../../../src/domain/plan/plan';
import { mergePersisted } from '../../../src/domain/storage/merge-persisted';
import { DEFAULT_SETTINGS, EMPTY_STATE, NO_UNKNOWN_FIELDS, type PersistedState } from '../../../src/domain/storage/persisted-state';
import { ProgressMap } from '../../../src/domain/progress/progress-map';
import { savedTexts } from '../../../src/domain/storage/state-text';

const progressId = fc.constantFrom('bosch-s01e01', 'bosch-s01e02', 'legacy-s03e01', 'desert-star#ch1', 'the-poet', 'future-show-s01e01');
const mark = fc.record({ done: fc.boolean(), at: fc.integer({ min: 0, max: 30 }) });
const planId = fc.constantFrom('a', 'b', 'c', 'd');
const CREATED_AT: Record<string, number> = { a: 3, b: 1, c: 1, d: 0 };

const planArb: fc.Arbitrary<Plan> = fc
  .record({ id: planId, name: fc.constantFrom('One', 'Two'), updatedAt: fc.integer({ min: 0, max: 30 }) })
  // a plan's creation time never changes, so every copy of it agrees on it
  .map(({ id, name, updatedAt }) => ({ id, name, updatedAt, createdAt: CREATED_AT[id] ?? 0 }))
  .map(({ id, name, createdAt, updatedAt }) => ({
    id,
    name,
    packId: 'connelly',
    dataVersion: '2025-06-01',
    spec: { include: ['legacy-s03'], strategy: 'release', readingGranularity: 'book' },
    pace: DEFAULT_PACE,
    startDate: '2025-06-02',
    createdAt,
    updatedAt: Math.max(createdAt, updatedAt),
  }));

const stateArb: fc.Arbitrary<PersistedState> = fc
  .record({
    progress: fc.dictionary(progressId, mark),
    plans: fc.uniqueArray(planArb, { selector: (p) => p.id, maxLength: 4 }),
    deletedPlans: fc.dictionary(planId, fc.integer({ min: 0, max: 30 })),
    hideDone: fc.boolean(),
    active: fc.option(planId, { nil: null }),
  })
  // a copy never holds a plan it has a tombstone for
  .map(({ progress, plans, deletedPlans, hideDone, active }) => ({
    progress: ProgressMap.fromRecord(progress),
    plans,
    deletedPlans: new Map(Object.entries(deletedPlans).filter(([id]) => !plans.some((p) => p.id === id))),
    activePlanId: active,
    settings: { ...DEFAULT_SETTINGS, hideDone },
    replacedAt: 0,
    unknown: NO_UNKNOWN_FIELDS,
  }));

describe('mergePersisted', () => {
  it('lets two tabs settle: after one tab merges the other’s write, merging back changes nothing (no endless rewrites)', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        // tab A receives B's write and stores the merge; tab B then receives that and merges it in
        const aAfter = mergePersisted(a, b);
        const bAfter = mergePersisted(mergePersisted(b, a), aAfter);
        // B's result is what A wrote, so A's next merge of it is a no-op and no further write follows
        expect(mergePersisted(aAfter, bAfter)).toEqual(aAfter);
        expect(bAfter.activePlanId).toBe(aAfter.activePlanId);
      }),
      { numRuns: 500 },
    );
  });

  it('is commutative for progress', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(mergePersisted(a, b).progress).toEqual(mergePersisted(b, a).progress);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the same set of plans whichever copy comes first', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const ids = (s: PersistedState) => s.plans.map((p) => p.id);
        expect(ids(mergePersisted(a, b))).toEqual(ids(mergePersisted(b, a)));
      }),
      { numRuns: 500 },
    );
  });

  it('never loses a done id that is newer than the other side’s mark', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergePersisted(a, b).progress;
        for (const [mine, theirs] of [
          [a, b],
          [b, a],
        ] as const) {
          for (const [id, m] of mine.progress) {
            const other = theirs.progress.get(id);
            if (m.done && (!other || m.at > other.at)) expect(merged.get(id)).toEqual(m);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every progress id either side knows, including ids no pack has', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergePersisted(a, b).progress;
        const ids = new Set([...a.progress.keys(), ...b.progress.keys()]);
        expect(new Set(merged.keys())).toEqual(ids);
      }),
    );
  });

  it('keeps deleted plans deleted unless a copy was edited after the deletion', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergePersisted(a, b);
        const deletedAt = (id: string) => Math.max(a.deletedPlans.get(id) ?? -1, b.deletedPlans.get(id) ?? -1);
        const newest = (id: string) => Math.max(...[...a.plans, ...b.plans].filter((p) => p.id === id).map((p) => p.updatedAt));
        const allIds = new Set([...a.plans, ...b.plans].map((p) => p.id));
        for (const id of allIds) {
          const present = merged.plans.some((p) => p.id === id);
          expect(present).toBe(newest(id) > deletedAt(id));
        }
        for (const plan of merged.plans) expect(merged.deletedPlans.has(plan.id)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the tombstone of a plan that stays deleted', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergePersisted(a, b);
        for (const id of new Set([...a.deletedPlans.keys(), ...b.deletedPlans.keys()])) {
          if (merged.plans.some((p) => p.id === id)) continue;
          expect(merged.deletedPlans.get(id)).toBe(Math.max(a.deletedPlans.get(id) ?? -1, b.deletedPlans.get(id) ?? -1));
        }
      }),
    );
  });

  it('keeps the most recently edited copy of each plan', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        for (const plan of mergePersisted(a, b).plans) {
          const copies = [...a.plans, ...b.plans].filter((p) => p.id === plan.id);
          expect(plan.updatedAt).toBe(Math.max(...copies.map((p) => p.updatedAt)));
        }
      }),
    );
  });

  it('always points the active plan at a plan that exists, or at nothing when there are none', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergePersisted(a, b);
        if (merged.plans.length === 0) expect(merged.activePlanId).toBeNull();
        else expect(merged.plans.map((p) => p.id)).toContain(merged.activePlanId);
      }),
    );
  });

  it('brings back a deleted plan that the other copy edited after the deletion', () => {
    const plan = (updatedAt: number): Plan => ({
      id: 'p',
      name: 'Edited',
      packId: 'connelly',
      dataVersion: '2025-06-01',
      spec: { include: ['legacy-s03'], strategy: 'release', readingGranularity: 'book' },
      pace: DEFAULT_PACE,
      startDate: '2025-06-02',
      createdAt: 1,
      updatedAt,
    });
    const mine: PersistedState = { ...EMPTY_STATE, deletedPlans: new Map([['p', 10]]) };
    const edited: PersistedState = { ...mine, plans: [plan(11)], deletedPlans: new Map(), activePlanId: 'p' };
    const stale: PersistedState = { ...edited, plans: [plan(9)] };
    expect(mergePersisted(mine, edited).plans.map((p) => p.id)).toEqual(['p']);
    expect(mergePersisted(mine, edited).activePlanId).toBe('p');
    expect(mergePersisted(mine, stale).plans).toEqual([]);
    expect(mergePersisted(mine, stale).deletedPlans).toEqual(new Map([['p', 10]]));
  });

  it('writes progress in a fixed order so both tabs produce the same text', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const text = (s: PersistedState) => savedTexts({ ...EMPTY_STATE, progress: s.progress }).shards.join('\n');
        expect(text(mergePersisted(a, b))).toBe(text(mergePersisted(b, a)));
      }),
    );
  });

  it('drops what a copy last changed before a newer Replace, so an open tab cannot merge replaced progress back in', () => {
    const replaced: PersistedState = {
      ...EMPTY_STATE,
      progress: ProgressMap.fromRecord({ kept: { done: true, at: 100 } }),
      plans: [],
      replacedAt: 100,
    };
    const openTab: PersistedState = {
      ...EMPTY_STATE,
      // marked before the Replace (the replacing tab never saw it), and one marked after it
      progress: ProgressMap.fromRecord({ old: { done: true, at: 50 }, later: { done: true, at: 150 } }),
    };
    for (const merged of [mergePersisted(openTab, replaced), mergePersisted(replaced, openTab)]) {
      expect([...merged.progress].sort()).toEqual([
        ['kept', { done: true, at: 100 }],
        ['later', { done: true, at: 150 }],
      ]);
      expect(merged.replacedAt).toBe(100);
    }
  });

  it('keeps the Replace through further merges: the newest Replace time wins', () => {
    fc.assert(
      fc.property(stateArb, stateArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (a, b, ra, rb) => {
        const merged = mergePersisted({ ...a, replacedAt: ra }, { ...b, replacedAt: rb });
        expect(merged.replacedAt).toBe(Math.max(ra, rb));
        const cutoff = Math.max(ra, rb);
        // nothing last changed before the newest Replace survives, from either copy
        for (const [, mark] of merged.progress) expect(mark.at).toBeGreaterThanOrEqual(cutoff);
        for (const plan of merged.plans) expect(plan.updatedAt).toBeGreaterThanOrEqual(cutoff);
        // and everything changed since is kept
        for (const [id, mark] of [...a.progress, ...b.progress]) if (mark.at >= cutoff) expect(merged.progress.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('treats a plan id %s like any other id, tombstones included', (id) => {
    const plan: Plan = {
      id,
      name: 'Odd id',
      packId: 'connelly',
      dataVersion: '2025-06-01',
      spec: { include: ['legacy-s03'], strategy: 'release', readingGranularity: 'book' },
      pace: DEFAULT_PACE,
      startDate: '2025-06-02',
      createdAt: 1,
      updatedAt: 5,
    };
    const withPlan: PersistedState = { ...EMPTY_STATE, plans: [plan], activePlanId: id, progress: ProgressMap.fromRecord({ [id]: { done: true, at: 3 } }) };
    const other: PersistedState = { ...EMPTY_STATE, progress: ProgressMap.fromRecord({ [id]: { done: false, at: 4 } }) };
    const merged = mergePersisted(other, withPlan);
    expect(merged.plans.map((p) => p.id)).toEqual([id]);
    expect(merged.activePlanId).toBe(id);
    expect(merged.progress.get(id)).toEqual({ done: false, at: 4 });
    const deleted = mergePersisted(withPlan, { ...EMPTY_STATE, deletedPlans: new Map([[id, 9]]) });
    expect(deleted.plans).toEqual([]);
    expect(deleted.deletedPlans.get(id)).toBe(9);
  });
});
