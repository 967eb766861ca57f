import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { OrderEntry } from '../../src/domain/order/types';
import { createProgressLookup, isEntryDone, progressIdsOf } from '../../src/domain/progress/progress-ids';

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
