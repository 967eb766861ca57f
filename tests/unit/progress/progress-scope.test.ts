import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketOf, markDone, ProgressMap } from '../../../src/domain/progress/progress-map';

const itemId = fc.constantFrom('s01e01', 's01e02', 'book-one', 'book-one#ch3', 'book-one#p1-48', 'constructor', '__proto__');
const packId = fc.constantFrom(null, 'expanse', 'constructor', 'mine');
const mark = fc.record({ done: fc.boolean(), at: fc.integer({ min: 0, max: 100 }) });
const key = (pack: string | null, id: string) => (pack === null ? id : `${pack}/${id}`);
const marks = fc.array(fc.tuple(packId, itemId, mark), { maxLength: 30 });

describe('one pack’s view of the progress', () => {
  it('holds exactly the marks stored under the pack’s prefix, under the item’s own id', () => {
    fc.assert(
      fc.property(marks, packId, (list, pack) => {
        const progress = ProgressMap.of(list.map(([p, id, m]) => [key(p, id), m] as const));
        const expected = new Map<string, { done: boolean; at: number }>();
        for (const [p, id, m] of list) if (p === pack) expected.set(id, m);
        const view = progress.scope(pack);
        expect(new Map(view)).toEqual(expected);
        expect(view.size).toBe(expected.size);
        for (const [id, m] of expected) expect(view.get(id)).toEqual(m);
      }),
    );
  });

  it('puts a pack’s mark in the same bucket as its bare id, so a tick rebuilds one bucket of the view', () => {
    expect(bucketOf('expanse/s01e01')).toBe(bucketOf('s01e01'));
    const before = ProgressMap.of([['expanse/s01e01', { done: true, at: 1 }], ['expanse/book-one', { done: true, at: 1 }]]);
    const after = markDone(before, ['expanse/s01e02'], 2);
    const [a, b] = [before.scope('expanse'), after.scope('expanse')];
    const changed = b.buckets.filter((bucket, i) => bucket !== a.buckets[i]).length;
    expect(changed).toBe(1);
    expect(b.isDone('s01e02')).toBe(true);
  });

  it('is the same object while the progress does not change (stable for selectors)', () => {
    const progress = ProgressMap.of([['a', { done: true, at: 1 }], ['p/a', { done: true, at: 1 }]]);
    expect(progress.scope('p')).toBe(progress.scope('p'));
    expect(progress.scope(null)).toBe(progress.scope(null));
    // With no other pack's marks, the unprefixed view is the progress itself.
    const plain = ProgressMap.of([['a', { done: true, at: 1 }]]);
    expect(plain.scope(null)).toBe(plain);
  });
});
