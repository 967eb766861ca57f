import { describe, expect, test } from 'vitest';
import { blockId, blockPages, blockTitle, cutNovel } from '../../../src/domain/order/reading-blocks';
import type { Novel } from '../../../src/domain/pack/schema';

const novel = (extra: Partial<Novel>): Novel => ({ id: 'n', title: 'N', published: '2000', series: ['s'], ...extra });
const ids = (n: Novel, g: Parameters<typeof cutNovel>[1]) => cutNovel(n, g).map(blockId);

describe('cutNovel', () => {
  test('cuts known chapters into blocks of n, the last one shorter', () => {
    expect(ids(novel({ chapters: 10 }), { chapters: 4 })).toEqual(['n#1-4', 'n#5-8', 'n#9-10']);
  });

  test('falls back to page ranges of n × 12 pages when chapters are unknown, never inventing chapters', () => {
    const blocks = cutNovel(novel({ pages: 100 }), { chapters: 4 });
    expect(blocks.map(blockTitle)).toEqual(['N, pp. 1–48', 'N, pp. 49–96', 'N, pp. 97–100']);
    expect(blocks.every((block) => block.chapters === undefined)).toBe(true);
  });

  test('keeps a novel of unknown length whole, under the novel id', () => {
    expect(ids(novel({}), { chapters: 4 })).toEqual(['n']);
    expect(ids(novel({}), { pages: 50 })).toEqual(['n']);
  });

  test('uses segments and gives uncovered chapters blocks of their own', () => {
    const segments = [
      { chapters: [3, 5] as [number, number], thread: 't', label: 'a', confidence: 'inferred' as const },
      { chapters: [8, 9] as [number, number], thread: 't', label: 'b', confidence: 'inferred' as const },
    ];
    expect(ids(novel({ chapters: 12, segments }), 'segment')).toEqual(['n#1-2', 'n#3-5', 'n#6-7', 'n#8-9', 'n#10-12']);
  });

  test('reads a novel without segments whole at segment granularity', () => {
    expect(ids(novel({ chapters: 12 }), 'segment')).toEqual(['n']);
  });

  test('a block that covers the whole book takes the novel id', () => {
    expect(ids(novel({ chapters: 3 }), { chapters: 5 })).toEqual(['n']);
    expect(ids(novel({ pages: 40 }), { pages: 50 })).toEqual(['n']);
  });

  test('cuts by pages when pages are known, even when chapters are known too', () => {
    expect(ids(novel({ pages: 120, chapters: 30 }), { pages: 50 })).toEqual(['n#p1-50', 'n#p51-100', 'n#p101-120']);
  });

  test('cuts by chapters of about the page size when only chapters are known', () => {
    expect(ids(novel({ chapters: 10 }), { pages: 48 })).toEqual(['n#1-4', 'n#5-8', 'n#9-10']);
  });

  test('treats a nonsensical block size as 1', () => {
    expect(ids(novel({ chapters: 2 }), { chapters: 0 })).toEqual(['n#1-1', 'n#2-2']);
    expect(ids(novel({ chapters: 2 }), { chapters: Number.NaN })).toEqual(['n#1-1', 'n#2-2']);
  });
});

describe('blockPages', () => {
  test('spreads a known page count evenly over chapters, as an approximation', () => {
    const [first] = cutNovel(novel({ chapters: 10, pages: 300 }), { chapters: 2 });
    expect(first && blockPages(first)).toEqual({ pages: 60, approximate: true });
  });

  test('assumes 350 pages for a novel of unknown length, marked approximate', () => {
    const [whole] = cutNovel(novel({}), 'book');
    expect(whole && blockPages(whole)).toEqual({ pages: 350, approximate: true });
  });

  test('assumes far fewer pages for short fiction of unknown length: 120 for a collection, 40 for a story, marked approximate', () => {
    const [collection] = cutNovel(novel({ format: 'collection' }), 'book');
    const [story] = cutNovel(novel({ format: 'story' }), 'book');
    expect(collection && blockPages(collection)).toEqual({ pages: 120, approximate: true });
    expect(story && blockPages(story)).toEqual({ pages: 40, approximate: true });
  });

  test('uses a known page count whatever the format', () => {
    const [story] = cutNovel(novel({ format: 'story', pages: 64 }), 'book');
    expect(story && blockPages(story)).toEqual({ pages: 64, approximate: false });
  });
});
