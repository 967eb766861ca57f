import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { OrderEntry } from '../../src/domain/order/types';
import { createProgressLookup, isEntryDone, progressIdsOf, uncheckChanges } from '../../src/domain/progress/progress-ids';

const reading = (extra: Partial<Extract<OrderEntry, { kind: 'reading' }>>): OrderEntry => ({
  kind: 'reading', id: 'x', title: 'x', minutes: 1, approximate: false, threads: [], reason: 'r', novel: 'desert-star', ...extra,
});
const episode: OrderEntry = {
  kind: 'episode', id: 'ballard-s01e01', title: 'x', minutes: 44, approximate: true, threads: [], reason: 'r', show: 'ballard', season: 1, episode: 1,
};

describe('progressIdsOf', () => {
  test('an episode is its own id', () => {
    expect(progressIdsOf(episode)).toEqual(['ballard-s01e01']);
  });

  test('a chapter block gives one id per chapter', () => {
    expect(progressIdsOf(reading({ chapters: [12, 15] }))).toEqual(['desert-star#ch12', 'desert-star#ch13', 'desert-star#ch14', 'desert-star#ch15']);
  });

  test('a page block gives its page range', () => {
    expect(progressIdsOf(reading({ novel: 'the-black-ice', pages: [1, 48] }))).toEqual(['the-black-ice#p1-48']);
  });

  test('a whole book of unknown length gives the novel id', () => {
    expect(progressIdsOf(reading({ novel: 'the-poet', id: 'the-poet' }))).toEqual(['the-poet']);
  });
});

describe('a film', () => {
  const film: OrderEntry = { kind: 'film', id: 'film-blood-work', title: 'Blood Work', minutes: 110, approximate: false, threads: [], reason: 'r', adapts: 'blood-work' };
  test('is checked off by its own id, never by its novel being read', () => {
    expect(progressIdsOf(film)).toEqual(['film-blood-work']);
    expect(isEntryDone(film, new Set(['film-blood-work']))).toBe(true);
    expect(isEntryDone(film, new Set(['blood-work']))).toBe(false);
    expect(uncheckChanges(film, new Set(['film-blood-work', 'blood-work']))).toEqual({ undo: ['film-blood-work'], redo: [] });
  });
});

describe('isEntryDone', () => {
  test('a chapter block is done when all its chapters are', () => {
    const block = reading({ chapters: [7, 9] });
    expect(isEntryDone(block, new Set(['desert-star#ch7', 'desert-star#ch8']))).toBe(false);
    expect(isEntryDone(block, new Set(['desert-star#ch7', 'desert-star#ch8', 'desert-star#ch9']))).toBe(true);
  });

  test('a page block is done when done page ranges of another size cover it', () => {
    const done = new Set(['the-black-ice#p1-30', 'the-black-ice#p31-60', 'other#p1-100']);
    expect(isEntryDone(reading({ novel: 'the-black-ice', pages: [1, 48] }), done)).toBe(true);
    expect(isEntryDone(reading({ novel: 'the-black-ice', pages: [49, 96] }), done)).toBe(false);
    expect(isEntryDone(reading({ novel: 'the-black-ice', pages: [49, 96] }), createProgressLookup(done))).toBe(false);
  });

  test('marking the novel id done marks every block of it done', () => {
    expect(isEntryDone(reading({ chapters: [1, 4] }), new Set(['desert-star']))).toBe(true);
    expect(isEntryDone(reading({ novel: 'the-poet' }), new Set(['the-poet']))).toBe(true);
    expect(isEntryDone(reading({ novel: 'the-poet' }), new Set())).toBe(false);
  });

  test('ignores malformed page ids', () => {
    expect(isEntryDone(reading({ novel: 'n', pages: [1, 5] }), new Set(['n#p5-1', 'n#pa-b', 'n#p0-0']))).toBe(false);
  });

  test('progress survives any change of page block size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 80 }), (pages, oldSize, newSize) => {
        const cut = (size: number) =>
          Array.from({ length: Math.ceil(pages / size) }, (_, i) => reading({ novel: 'n', pages: [i * size + 1, Math.min(pages, (i + 1) * size)] }));
        const done = new Set(cut(oldSize).flatMap(progressIdsOf));
        const lookup = createProgressLookup(done);
        expect(cut(newSize).every((block) => isEntryDone(block, lookup))).toBe(true);
      }),
    );
  });

  test('a page block with a gap in the done ranges is not done', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 600 }), fc.nat(), (pages, seed) => {
        const gap = 2 + (seed % (pages - 2));
        const done = new Set([`n#p1-${gap - 1}`, ...(gap < pages ? [`n#p${gap + 1}-${pages}`] : [])]);
        expect(isEntryDone(reading({ novel: 'n', pages: [1, pages] }), done)).toBe(false);
      }),
    );
  });
});

describe('uncheckChanges', () => {
  const block = (from: number, to: number) => reading({ novel: 'the-black-ice', pages: [from, to] });
  /** Applies the changes to a done set, as the store does. */
  const apply = (done: Set<string>, changes: { undo: string[]; redo: string[] }) => {
    const next = new Set(done);
    for (const id of changes.undo) next.delete(id);
    for (const id of changes.redo) next.add(id);
    return next;
  };

  test('unchecking a page block inside a wider done range leaves the rest of that range done', () => {
    const done = new Set(['the-black-ice#p1-336']);
    const changes = uncheckChanges(block(49, 96), done);
    expect(changes).toEqual({ undo: ['the-black-ice#p49-96', 'the-black-ice#p1-336'], redo: ['the-black-ice#p1-48', 'the-black-ice#p97-336'] });
    const after = createProgressLookup(apply(done, changes));
    expect(isEntryDone(block(49, 96), after)).toBe(false);
    expect(isEntryDone(block(1, 48), after)).toBe(true);
    expect(isEntryDone(block(97, 336), after)).toBe(true);
  });

  test('a block is never still done after it is unchecked, whatever page ranges were done (property)', () => {
    const range = fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 120 })).map(([from, length]) => [from, from + length] as const);
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), range, (doneRanges, [from, to]) => {
        const done = new Set(doneRanges.map(([a, b]) => `the-black-ice#p${a}-${b}`));
        const after = createProgressLookup(apply(done, uncheckChanges(block(from, to), done)));
        expect(isEntryDone(block(from, to), after)).toBe(false);
        // every page outside the block that was done before is still done
        for (const [a, b] of doneRanges) {
          for (const page of [a, b]) {
            if (page < from || page > to) expect(isEntryDone(block(page, page), after)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('unchecking a chapter block undoes its chapters and a whole-novel mark, nothing else', () => {
    const done = new Set(['desert-star#ch1', 'desert-star#ch2', 'desert-star', 'desert-star#ch9']);
    expect(uncheckChanges(reading({ chapters: [1, 2] }), done)).toEqual({ undo: ['desert-star#ch1', 'desert-star#ch2', 'desert-star'], redo: [] });
  });

  test('an episode undoes itself', () => {
    expect(uncheckChanges(episode, new Set(['ballard-s01e01']))).toEqual({ undo: ['ballard-s01e01'], redo: [] });
  });
});
