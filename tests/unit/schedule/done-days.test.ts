import { describe, expect, it } from 'vitest';
import { doneDays } from '../../../src/domain/schedule/done-days';
import { doneTimeOf } from '../../../src/domain/schedule/done-times';
import { chapters, episode, pages } from './fixtures';
import { ProgressMap } from '../../../src/domain/progress/progress-map';

const at = (day: number, hour = 20) => new Date(2026, 10, day, hour).getTime();

describe('doneTimeOf', () => {
  it('takes the latest of the marks that make an entry done', () => {
    const block = chapters('desert-star', 1, 3, 30);
    const progress = ProgressMap.fromRecord({
      'desert-star#ch1': { done: true, at: at(20) },
      'desert-star#ch2': { done: true, at: at(22) },
      'desert-star#ch3': { done: true, at: at(21) },
    });
    expect(doneTimeOf(block, progress)).toBe(at(22));
  });

  it('finds a page block done through a wider range, and ignores undone marks and inherited keys', () => {
    const block = pages('the-black-ice', 1, 48, 72);
    expect(doneTimeOf(block, ProgressMap.fromRecord({ 'the-black-ice#p1-100': { done: true, at: at(5) } }))).toBe(at(5));
    expect(doneTimeOf(episode('bosch', 1, 1), ProgressMap.fromRecord({ 'bosch-s01e01': { done: false, at: at(5) } }))).toBeUndefined();
    expect(doneTimeOf({ ...episode('bosch', 1, 1), id: 'constructor' }, ProgressMap.EMPTY)).toBeUndefined();
  });
});

describe('doneDays', () => {
  it('groups the plan’s done entries by the local day they were ticked, earliest day first, in plan order within a day', () => {
    const plan = [episode('bosch', 1, 1), episode('bosch', 1, 2), chapters('desert-star', 1, 2, 20), episode('bosch', 1, 3)];
    const progress = ProgressMap.fromRecord({
      'bosch-s01e01': { done: true, at: at(23, 21) },
      'bosch-s01e02': { done: true, at: at(21, 9) },
      'desert-star#ch1': { done: true, at: at(23, 8) },
      'desert-star#ch2': { done: true, at: at(23, 9) },
      'bosch-s01e03': { done: false, at: at(23, 9) },
    });
    expect(doneDays(plan, progress)).toEqual([
      { date: '2026-11-21', items: [{ entryId: 'bosch-s01e02', title: 'Episode 2', minutes: 50 }] },
      {
        date: '2026-11-23',
        items: [
          { entryId: 'bosch-s01e01', title: 'Episode 1', minutes: 50 },
          { entryId: 'desert-star#1-2', title: 'desert-star ch. 1–2', minutes: 20 },
        ],
      },
    ]);
  });

  it('is empty with no progress', () => {
    expect(doneDays([episode('bosch', 1, 1)], ProgressMap.EMPTY)).toEqual([]);
  });
});
