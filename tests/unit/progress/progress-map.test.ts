import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  doneIdSet,
  markDone,
  markUndone,
  mergeProgress,
  clampFutureMarks,
  ProgressMap,
} from '../../../src/domain/progress/progress-map';
import { progressMapSchema } from '../../../src/domain/progress/progress-map-schema';
import { unionDone } from '../../../src/domain/progress/union-done';

const E = ProgressMap.EMPTY;
const m = (record: Record<string, { done: boolean; at: number }>) => ProgressMap.fromRecord(record);

const idArb = fc.constantFrom('bosch-s01e01', 'bosch-s01e02', 'desert-star#ch12', 'the-black-ice#p1-48', 'the-poet');
const markArb = fc.record({ done: fc.boolean(), at: fc.integer({ min: 0, max: 20 }) });
const mapArb: fc.Arbitrary<ProgressMap> = fc.dictionary(idArb, markArb).map(m);

describe('markDone and markUndone', () => {
  it('marks ids done with the given time', () => {
    const map = markDone(E, ['bosch-s01e01', 'desert-star#ch12'], 100);
    expect(map).toEqual(m({ 'bosch-s01e01': { done: true, at: 100 }, 'desert-star#ch12': { done: true, at: 100 } }));
  });

  it('keeps the original time of an id that is already done', () => {
    const map = markDone(markDone(E, ['the-poet'], 5), ['the-poet'], 9);
    expect(map.get('the-poet')).toEqual({ done: true, at: 5 });
  });

  it('returns the same object when nothing changes', () => {
    const map = markDone(E, ['the-poet'], 5);
    expect(markDone(map, ['the-poet'], 6)).toBe(map);
    expect(markUndone(map, ['bosch-s01e01'], 6)).toBe(map);
  });

  it('keeps an undone mark with the time of the undo', () => {
    const map = markUndone(markDone(E, ['the-poet'], 5), ['the-poet'], 8);
    expect(map.get('the-poet')).toEqual({ done: false, at: 8 });
    expect(doneIdSet(map).has('the-poet')).toBe(false);
  });

  it('does not change the map it was given', () => {
    const map = markDone(E, ['the-poet'], 5);
    markUndone(map, ['the-poet'], 8);
    expect(map.get('the-poet')).toEqual({ done: true, at: 5 });
  });
});

describe('mergeProgress', () => {
  it('lets the later change win, so a later undo beats an earlier check-off', () => {
    const a = m({ x: { done: true, at: 1 } });
    const b = m({ x: { done: false, at: 2 } });
    expect(mergeProgress(a, b)).toEqual(m({ x: { done: false, at: 2 } }));
    expect(mergeProgress(b, a)).toEqual(m({ x: { done: false, at: 2 } }));
  });

  it('keeps done on a tie', () => {
    expect(mergeProgress(m({ x: { done: false, at: 3 } }), m({ x: { done: true, at: 3 } }))).toEqual(m({ x: { done: true, at: 3 } }));
  });

  it('keeps ids known to only one side', () => {
    expect(doneIdSet(mergeProgress(m({ a: { done: true, at: 1 } }), m({ b: { done: true, at: 1 } })))).toEqual(new Set(['a', 'b']));
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
      for (const id of doneIdSet(mine)) expect(result.get(id)).toEqual(mine.get(id));
    }));
  });

  it('ignores their undone marks', () => {
    const mine = m({ x: { done: true, at: 1 } });
    expect(unionDone(mine, m({ x: { done: false, at: 9 }, y: { done: false, at: 9 } }))).toBe(mine);
  });

  it('stamps an id I had undone no earlier than my undo, so my other copies keep it done', () => {
    const mine = m({ x: { done: false, at: 10 } });
    const result = unionDone(mine, m({ x: { done: true, at: 4 } }));
    expect(result.get('x')).toEqual({ done: true, at: 10 });
    expect(mergeProgress(result, mine).get('x')?.done).toBe(true);
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

describe('ProgressMap with ids from outside', () => {
  const ODD_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

  it.each(ODD_IDS)('keeps %s as an ordinary id through parse, mark, merge and JSON', (id) => {
    const parsed = progressMapSchema.safeParse(JSON.parse(`{${JSON.stringify(id)}:{"done":true,"at":5}}`));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect([...parsed.data]).toEqual([[id, { done: true, at: 5 }]]);
    const undone = markUndone(parsed.data, [id], 9);
    expect(undone.get(id)).toEqual({ done: false, at: 9 });
    expect(unionDone(E, parsed.data).get(id)).toEqual({ done: true, at: 5 });
    expect(mergeProgress(undone, parsed.data).get(id)).toEqual({ done: false, at: 9 });
    expect(E.get(id)).toBeUndefined();
    expect(E.isDone(id)).toBe(false);
    expect(JSON.parse(JSON.stringify(undone)) as unknown).toEqual(JSON.parse(`{${JSON.stringify(id)}:{"done":false,"at":9}}`));
  });

  it('copies only the bucket a change touches', () => {
    const big = ProgressMap.of(Array.from({ length: 5_000 }, (_, i) => [`id-${i}`, { done: true, at: 1 }] as const));
    const ticked = markUndone(big, ['id-7'], 2);
    const changed = ticked.buckets.filter((bucket, i) => bucket !== big.buckets[i]);
    expect(changed).toHaveLength(1);
    expect(ticked.size).toBe(5_000);
    expect(ticked.doneCount).toBe(4_999);
    expect(big.doneCount).toBe(5_000);
  });

  it('counts done marks and the latest change like a full pass would', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const marks = [...map].map(([, mark]) => mark);
        expect(map.doneCount).toBe(marks.filter((mark) => mark.done).length);
        expect(map.latestAt).toBe(marks.length === 0 ? -Infinity : Math.max(...marks.map((mark) => mark.at)));
      }),
    );
  });
});

describe('clocks that ran ahead', () => {
  it('reads marks stamped in the future as made now', () => {
    const skewed = m({ x: { done: true, at: 4_102_444_800_000 }, y: { done: true, at: 10 } });
    expect([...clampFutureMarks(skewed, 1_000)].sort()).toEqual([
      ['x', { done: true, at: 1_000 }],
      ['y', { done: true, at: 10 }],
    ]);
  });

  it('lets a change made here win over the mark it replaces, even one from a clock that ran ahead', () => {
    const skewed = m({ x: { done: true, at: 4_102_444_800_000 } });
    const undone = markUndone(skewed, ['x'], 1_000);
    expect(mergeProgress(undone, skewed).get('x')?.done).toBe(false);
    expect(mergeProgress(skewed, undone).get('x')?.done).toBe(false);
  });
});
