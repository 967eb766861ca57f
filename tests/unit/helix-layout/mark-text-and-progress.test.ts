import { describe, expect, it } from 'vitest';
import { layoutHelix } from '../../../src/domain/helix-layout/layout-helix';
import { linksOfMark, markAccessibleName } from '../../../src/domain/helix-layout/mark-links';
import { markProgress } from '../../../src/domain/helix-layout/mark-progress';
import { chapterProgressId, createProgressLookup } from '../../../src/domain/progress/progress-ids';
import { markById, shippedIndex } from './helpers';

const index = shippedIndex();
const time = layoutHelix(index, { mode: 'time' });
const zoom = layoutHelix(index, { mode: 'time', zoom: { seasonId: 'legacy-s03' } });

describe('mark names', () => {
  it('name the Gallagher segment of Desert Star and the season it is linked to', () => {
    expect(markAccessibleName(index, markById(time, 'desert-star#38-54'))).toBe(
      'Desert Star, ch. 38–54 (The Gallagher family case) — linked to Bosch: Legacy S3',
    );
    expect(markAccessibleName(index, markById(time, 'desert-star#3-37'))).toMatch(/linked to Ballard S1$/);
    // No source matches chapter 1 to an episode: the mark claims no link.
    expect(markAccessibleName(index, markById(time, 'desert-star#1-1'))).toBe('Desert Star, ch. 1 (Ballard recruits Bosch)');
  });

  it('give a season the links of its episodes too, each far end once', () => {
    const links = linksOfMark(index, markById(time, 'legacy-s03')).map((l) => l.id);
    expect(links).toContain('leads-into-legacy-s03e10-ballard-s01e01');
    expect(links).toContain('appears-in-renee-ballard-legacy-s03e10');
    const name = markAccessibleName(index, markById(time, 'legacy-s03'));
    expect(name.match(/Desert Star/g)).toHaveLength(1);
  });

  it('leave a mark without links with its plain label', () => {
    expect(markAccessibleName(index, markById(time, 'nightshade'))).toBe('Nightshade');
  });
});

describe('mark progress', () => {
  it('fills a season by the share of its episodes done', () => {
    const lookup = createProgressLookup(new Set(['legacy-s03e01', 'legacy-s03e02', 'ballard-s01e01']));
    expect(markProgress(index, markById(time, 'legacy-s03'), lookup)).toBeCloseTo(0.2);
    expect(markProgress(index, markById(zoom, 'legacy-s03e02'), lookup)).toBe(1);
    expect(markProgress(index, markById(zoom, 'legacy-s03e03'), lookup)).toBe(0);
  });

  it('fills a segment and its novel by chapters read', () => {
    const read = Array.from({ length: 17 }, (_, i) => chapterProgressId('desert-star', 38 + i));
    const lookup = createProgressLookup(new Set(read));
    expect(markProgress(index, markById(time, 'desert-star#38-54'), lookup)).toBe(1);
    expect(markProgress(index, markById(time, 'desert-star#3-37'), lookup)).toBe(0);
    expect(markProgress(index, markById(time, 'desert-star'), lookup)).toBeCloseTo(17 / 54);
  });

  it('counts a whole-book mark and page ranges for novels without chapters', () => {
    const lookup = createProgressLookup(new Set(['the-poet', 'the-black-echo#p1-75']));
    expect(markProgress(index, markById(time, 'the-poet'), lookup)).toBe(1);
    // The Black Echo has 375 pages.
    expect(markProgress(index, markById(time, 'the-black-echo'), lookup)).toBeCloseTo(0.2);
    expect(markProgress(index, markById(time, 'harry-bosch'), lookup)).toBeNull();
  });
});
