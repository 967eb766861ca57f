import { describe, expect, it } from 'vitest';
import { createProgressLookup } from '../../../src/domain/progress/progress-ids';
import { donePart, remainingEntries, remainingPart } from '../../../src/domain/schedule/remaining-entries';
import { chapters, episode, pages, wholeBook } from './fixtures';

const lookup = (...ids: string[]) => createProgressLookup(new Set(ids));

describe('remainingPart', () => {
  it('keeps an entry with nothing done as the very same object', () => {
    const block = chapters('desert-star', 3, 6, 44);
    expect(remainingPart(block, lookup())).toBe(block);
    const show = episode('bosch', 1, 1);
    expect(remainingPart(show, lookup('bosch-s01e02'))).toBe(show);
  });

  it('drops a done episode, a fully read block and a block of a novel read as a whole', () => {
    expect(remainingPart(episode('bosch', 1, 1), lookup('bosch-s01e01'))).toBeNull();
    expect(remainingPart(chapters('desert-star', 1, 2, 20), lookup('desert-star#ch1', 'desert-star#ch2'))).toBeNull();
    expect(remainingPart(chapters('desert-star', 1, 2, 20), lookup('desert-star'))).toBeNull();
    expect(remainingPart(wholeBook('the-poet', 300), lookup('the-poet'))).toBeNull();
  });

  it('cuts a chapter block to the span from its first to its last unread chapter, minutes pro rata, title to match', () => {
    const block = { ...chapters('desert-star', 3, 6, 44), title: 'Desert Star, ch. 3–6' };
    expect(remainingPart(block, lookup('desert-star#ch3'))).toMatchObject({ id: block.id, chapters: [4, 6], minutes: 33, title: 'Desert Star, ch. 4–6' });
    expect(remainingPart(block, lookup('desert-star#ch5', 'desert-star#ch6'))).toMatchObject({ chapters: [3, 4], minutes: 22, title: 'Desert Star, ch. 3–4' });
    expect(remainingPart(block, lookup('desert-star#ch3', 'desert-star#ch4', 'desert-star#ch5'))).toMatchObject({ chapters: [6, 6], minutes: 11, title: 'Desert Star, ch. 6' });
    // a chapter read in the middle still leaves the whole span to read around it
    expect(remainingPart(block, lookup('desert-star#ch4'))).toBe(block);
  });

  it('cuts a page block past the done page ranges, wherever they were recorded', () => {
    const block = { ...pages('the-black-ice', 1, 48, 72), title: 'The Black Ice, pp. 1–48' };
    expect(remainingPart(block, lookup('the-black-ice#p1-20'))).toMatchObject({ pages: [21, 48], minutes: 42, title: 'The Black Ice, pp. 21–48' });
    expect(remainingPart(block, lookup('the-black-ice#p40-60', 'the-black-ice#p1-10'))).toMatchObject({ pages: [11, 39] });
    expect(remainingPart(block, lookup('the-black-ice#p1-30', 'the-black-ice#p31-48'))).toBeNull();
  });

  it('says what is left in words when a title does not end with its range', () => {
    const block = { ...chapters('desert-star', 3, 6, 44), title: 'The Gallagher case' };
    expect(remainingPart(block, lookup('desert-star#ch3'))?.title).toBe('The Gallagher case (ch. 4–6 left)');
  });

  it('never leaves less than a minute for what is left', () => {
    expect(remainingPart(chapters('desert-star', 1, 100, 10), lookup(...Array.from({ length: 99 }, (_, i) => `desert-star#ch${i + 1}`)))?.minutes).toBe(1);
  });
});

describe('remainingEntries', () => {
  it('keeps plan order and leaves out what is done', () => {
    const plan = [episode('bosch', 1, 1), chapters('desert-star', 1, 2, 20), episode('bosch', 1, 2)];
    expect(remainingEntries(plan, lookup('bosch-s01e01', 'desert-star#ch1')).map((entry) => [entry.id, entry.minutes])).toEqual([
      ['desert-star#1-2', 10],
      ['bosch-s01e02', 50],
    ]);
  });
});

describe('donePart', () => {
  const block = { ...chapters('desert-star', 3, 6, 44), title: 'Desert Star, ch. 3–6' };

  it('is the whole of what was left when nothing is left now', () => {
    expect(donePart(block, null)).toBe(block);
  });

  it('is the chapters read off the start (or the end) since, as an entry of its own', () => {
    const now = remainingPart(block, lookup('desert-star#ch3', 'desert-star#ch4'));
    expect(donePart(block, now)).toMatchObject({ id: 'desert-star#3-6~done', chapters: [3, 4], minutes: 22, title: 'Desert Star, ch. 3–4' });
    const fromEnd = remainingPart(block, lookup('desert-star#ch6'));
    expect(donePart(block, fromEnd)).toMatchObject({ chapters: [6, 6], minutes: 11 });
  });

  it('is nothing when nothing changed, and for an episode still to watch', () => {
    expect(donePart(block, block)).toBeNull();
    const show = episode('bosch', 1, 1);
    expect(donePart(show, show)).toBeNull();
  });
});
