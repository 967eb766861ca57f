import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  doneIdSet,
  markDone,
  markUndone,
  mergeProgress,
  progressMapSchema,
  unionDone,
  type ProgressMap,
} from '../../../src/domain/progress/progress-map';

const idArb = fc.constantFrom('bosch-s01e01', 'bosch-s01e02', 'desert-star#ch12', 'the-black-ice#p1-48', 'the-poet');
const markArb = fc.record({ done: fc.boolean(), at: fc.integer({ min: 0, max: 20 }) });
const mapArb: fc.Arbitrary<ProgressMap> = fc.dictionary(idArb, markArb);

describe('markDone and markUndone', () => {
  it('marks ids done with the given time', () => {
    const map = markDone({}, ['bosch-s01e01', 'desert-star#ch12'], 100);
    expect(map).toEqual({ 'bosch-s01e01': { done: true, at: 100 }, 'desert-star#ch12': { done: true, at: 100 } });
  });

  it('keeps the original time of an id that is already done', () => {
    const map = markDone(markDone({}, ['the-poet'], 5), ['the-poet'], 9);
    expect(map['the-poet']).toEqual({ done: true, at: 5 });
  });

  it('returns the same object when nothing changes', () => {
    const map = markDone({}, ['the-poet'], 5);
    expect(markDone(map, ['the-poet'], 6)).toBe(map);
    expect(markUndone(map, ['bosch-s01e01'], 6)).toBe(map);
  });

  it('keeps an undone mark with the time of the undo', () => {
    const map = markUndone(markDone({}, ['the-poet'], 5), ['the-poet'], 8);
    expect(map['the-poet']).toEqual({ done: false, at: 8 });
    expect(doneIdSet(map).has('the-poet')).toBe(false);
  });

  it('does not change the map it was given', () => {
    const map = markDone({}, ['the-poet'], 5);
    markUndone(map, ['the-poet'], 8);
    expect(map['the-poet']).toEqual({ done: true, at: 5 });
  });
});

describe('mergeProgress', () => {
  it('lets the later change win, so a later undo beats an earlier check-off', () => {
    const a = { x: { done: true, at: 1 } };
    const b = { x: { done: false, at: 2 } };
    expect(mergeProgress(a, b)).toEqual({ x: { done: false, at: 2 } });
    expect(mergeProgress(b, a)).toEqual({ x: { done: false, at: 2 } });
  });

  it('keeps done on a tie', () => {
    expect(mergeProgress({ x: { done: false, at: 3 } }, { x: { done: true, at: 3 } })).toEqual({ x: { done: true, at: 3 } });
  });

  it('keeps ids known to only one side', () => {
    expect(doneIdSet(mergeProgress({ a: { done: true, at: 1 } }, { b: { done: true, at: 1 } }))).toEqual(new Set(['a', 'b']));
  });

  it('is commutative', () => {
    fc.assert(fc.property(mapArb, mapArb, (a, b) => {
      expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
    }));
  });

  it('is associative', () => {
    fc.assert(
      fc.property(mapArb, mapArb, mapArb, (a, b, c) => {
        expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(fc.property(mapArb, mapArb, (a, b) => {
      expect(mergeProgress(a, a)).toEqual(a);
      const ab = mergeProgress(a, b);
      expect(mergeProgress(ab, b)).toEqual(ab);
    }));
  });
});

describe('unionDone', () => {
  it('makes everything done in theirs done in mine', () => {
    fc.assert(fc.property(mapArb, mapArb, (mine, theirs) => {
      const result = doneIdSet(unionDone(mine, theirs));
      for (const id of doneIdSet(theirs)) expect(result.has(id)).toBe(true);
    }));
  });

  it('never undoes anything of mine', () => {
    fc.assert(fc.property(mapArb, mapArb, (mine, theirs) => {
      const result = unionDone(mine, theirs);
      for (const id of doneIdSet(mine)) expect(result[id]).toEqual(mine[id]);
    }));
  });

  it('ignores their undone marks', () => {
    const mine = { x: { done: true, at: 1 } };
    expect(unionDone(mine, { x: { done: false, at: 9 }, y: { done: false, at: 9 } })).toBe(mine);
  });

  it('stamps an id I had undone no earlier than my undo, so my other copies keep it done', () => {
    const mine = { x: { done: false, at: 10 } };
    const result = unionDone(mine, { x: { done: true, at: 4 } });
    expect(result.x).toEqual({ done: true, at: 10 });
    expect(mergeProgress(result, mine).x?.done).toBe(true);
  });
});

describe('progressMapSchema', () => {
  it('accepts a stored map', () => {
    expect(progressMapSchema.safeParse({ 'the-poet': { done: true, at: 1 } }).success).toBe(true);
  });

  it.each([
    ['a mark without a time', { x: { done: true } }],
    ['a negative time', { x: { done: true, at: -1 } }],
    ['an infinite time', { x: { done: true, at: Infinity } }],
    ['a string for done', { x: { done: 'yes', at: 1 } }],
    ['an empty id', { '': { done: true, at: 1 } }],
    ['an array', [{ done: true, at: 1 }]],
  ])('rejects %s', (_name, value) => {
    expect(progressMapSchema.safeParse(value).success).toBe(false);
  });
});
