import { describe, expect, it } from 'vitest';
import type { OrderEntry } from '../../../src/domain/order/types';
import { buildSchedule } from '../../../src/domain/schedule/build-schedule';
import { chapters, doneIds, episode, nothingDone, pace, pages, wholeBook } from './fixtures';

// 2026-11-23 is a Monday.
const MONDAY = '2026-11-23';

describe('buildSchedule', () => {
  it('puts one 50-minute episode on each night at 50 minutes a day', () => {
    const entries = [1, 2, 3].map((n) => episode('bosch', 1, n, 50));
    const schedule = buildSchedule(entries, pace([50, 50, 50, 50, 50, 50, 50]), MONDAY, nothingDone);
    expect(schedule.days.map((day) => [day.date, day.items.map((item) => item.entryId)])).toEqual([
      ['2026-11-23', ['bosch-s01e01']],
      ['2026-11-24', ['bosch-s01e02']],
      ['2026-11-25', ['bosch-s01e03']],
    ]);
    expect(schedule.finishDate).toBe('2026-11-25');
    expect(schedule.totalMinutes).toBe(150);
  });

  it('fills the weekend and leaves weekdays empty on a weekend binge', () => {
    const entries = Array.from({ length: 10 }, (_, i) => episode('bosch', 1, i + 1, 55));
    const schedule = buildSchedule(entries, pace([0, 0, 0, 0, 0, 300, 300]), MONDAY, nothingDone);
    const withItems = schedule.days.filter((day) => day.items.length > 0);
    expect(withItems.map((day) => [day.date, day.weekday, day.items.length])).toEqual([
      ['2026-11-28', 5, 5],
      ['2026-11-29', 6, 5],
    ]);
    expect(schedule.days.slice(0, 5).every((day) => day.budget === 0 && day.items.length === 0)).toBe(true);
    expect(schedule.finishDate).toBe('2026-11-29');
  });

  it('lists every calendar day from the start to the finish with its weekday, Monday being 0', () => {
    const entries = [episode('bosch', 1, 1), episode('bosch', 1, 2)];
    const schedule = buildSchedule(entries, pace([0, 0, 0, 0, 0, 0, 60]), '2026-11-28', nothingDone);
    expect(schedule.days.map((day) => [day.date, day.weekday])).toEqual([
      ['2026-11-28', 5],
      ['2026-11-29', 6],
      ['2026-11-30', 0],
      ['2026-12-01', 1],
      ['2026-12-02', 2],
      ['2026-12-03', 3],
      ['2026-12-04', 4],
      ['2026-12-05', 5],
      ['2026-12-06', 6],
    ]);
  });

  it('skips entries already done and counts only what is left', () => {
    const entries = [episode('bosch', 1, 1), episode('bosch', 1, 2), episode('bosch', 1, 3)];
    const schedule = buildSchedule(entries, pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, doneIds('bosch-s01e01', 'bosch-s01e03'));
    expect(schedule.days.flatMap((day) => day.items.map((item) => item.entryId))).toEqual(['bosch-s01e02']);
    expect(schedule.totalMinutes).toBe(50);
  });

  it('returns an empty schedule with no finish date when everything is done', () => {
    const entries = [episode('bosch', 1, 1)];
    const schedule = buildSchedule(entries, pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, () => true);
    expect(schedule).toEqual({ days: [], totalMinutes: 0, finishDate: null, approximate: false });
  });

  it('gives up without looping when every weekday has a budget of 0', () => {
    const entries = [episode('bosch', 1, 1), episode('bosch', 1, 2)];
    const schedule = buildSchedule(entries, pace([0, 0, 0, 0, 0, 0, 0]), MONDAY, nothingDone);
    expect(schedule.days).toEqual([]);
    expect(schedule.finishDate).toBeNull();
    expect(schedule.totalMinutes).toBe(100);
  });

  it('places an episode longer than the budget alone on a day instead of leaving the day empty', () => {
    const entries = [episode('bosch', 1, 1, 95), episode('bosch', 1, 2, 50)];
    const schedule = buildSchedule(entries, pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, nothingDone);
    expect(schedule.days.map((day) => day.items.map((item) => item.minutes))).toEqual([[95], [50]]);
  });

  it('lets the last item overrun only when that wastes less than stopping would', () => {
    // 60-minute budget: after 40 minutes, 20 are left. A 30-minute episode overruns by 10 (< 20):
    // it goes in. A 50-minute one would overrun by 30 (> 20): it waits for the next day.
    const fitsIn = buildSchedule([episode('a', 1, 1, 40), episode('a', 1, 2, 30)], pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, nothingDone);
    expect(fitsIn.days.map((day) => day.minutes)).toEqual([70]);
    const waits = buildSchedule([episode('a', 1, 1, 40), episode('a', 1, 2, 50)], pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, nothingDone);
    expect(waits.days.map((day) => day.minutes)).toEqual([40, 50]);
  });

  it('never splits an episode across days', () => {
    const schedule = buildSchedule([episode('a', 1, 1, 200)], pace([30, 30, 30, 30, 30, 30, 30]), MONDAY, nothingDone);
    expect(schedule.days).toHaveLength(1);
    expect(schedule.days[0]?.items).toEqual([{ entryId: 'a-s01e01', title: 'Episode 1', minutes: 200 }]);
  });

  it('splits a chapter block at chapter boundaries with minutes shared pro rata', () => {
    // 10 chapters, 100 minutes: 10 minutes a chapter, 30 minutes a day.
    const schedule = buildSchedule([chapters('desert-star', 11, 20, 100)], pace([30, 30, 30, 30, 30, 30, 30]), MONDAY, nothingDone);
    expect(schedule.days.map((day) => day.items)).toEqual([
      [{ entryId: 'desert-star#11-20', title: 'desert-star ch. 11–20', minutes: 30, part: { chapters: [11, 13], index: 1, of: 4 } }],
      [{ entryId: 'desert-star#11-20', title: 'desert-star ch. 11–20', minutes: 30, part: { chapters: [14, 16], index: 2, of: 4 } }],
      [{ entryId: 'desert-star#11-20', title: 'desert-star ch. 11–20', minutes: 30, part: { chapters: [17, 19], index: 3, of: 4 } }],
      [{ entryId: 'desert-star#11-20', title: 'desert-star ch. 11–20', minutes: 10, part: { chapters: [20, 20], index: 4, of: 4 } }],
    ]);
  });

  it('continues a split reading block on the same day as the next item when time is left', () => {
    const schedule = buildSchedule(
      [chapters('desert-star', 1, 4, 40), episode('legacy', 3, 4, 20)],
      pace([30, 30, 30, 30, 30, 30, 30]),
      MONDAY,
      nothingDone,
    );
    expect(schedule.days.map((day) => day.items.map((item) => [item.entryId, item.minutes, item.part?.chapters]))).toEqual([
      [['desert-star#1-4', 30, [1, 3]]],
      [
        ['desert-star#1-4', 10, [4, 4]],
        ['legacy-s03e04', 20, undefined],
      ],
    ]);
  });

  it('does not mark a reading block as a part when it fits on one day', () => {
    const schedule = buildSchedule([chapters('desert-star', 1, 4, 40)], pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, nothingDone);
    expect(schedule.days[0]?.items[0]?.part).toBeUndefined();
  });

  it('splits a page block into parts of at least 10 pages', () => {
    // 48 pages in 96 minutes (2 a page); 25 minutes a day fits one 10-page chunk, not two.
    const schedule = buildSchedule([pages('the-black-ice', 1, 48, 96)], pace([25, 25, 25, 25, 25, 25, 25]), MONDAY, nothingDone);
    const parts = schedule.days.map((day) => day.items[0]?.part?.pages);
    expect(parts).toEqual([
      [1, 10],
      [11, 20],
      [21, 30],
      [31, 48],
    ]);
    expect(schedule.days.map((day) => day.minutes)).toEqual([20, 20, 20, 36]);
  });

  it('keeps a page block of fewer than 20 pages whole', () => {
    const schedule = buildSchedule([pages('the-black-ice', 1, 19, 60)], pace([10, 10, 10, 10, 10, 10, 10]), MONDAY, nothingDone);
    expect(schedule.days.map((day) => day.items)).toEqual([[{ entryId: 'the-black-ice#p1-19', title: 'the-black-ice pp. 1–19', minutes: 60 }]]);
  });

  it('never splits a reading block when splitReading is false', () => {
    const schedule = buildSchedule([chapters('desert-star', 1, 10, 100)], pace([30, 30, 30, 30, 30, 30, 30]), MONDAY, nothingDone, {
      splitReading: false,
    });
    expect(schedule.days).toHaveLength(1);
    expect(schedule.days[0]?.items).toEqual([{ entryId: 'desert-star#1-10', title: 'desert-star ch. 1–10', minutes: 100 }]);
  });

  it('never splits a whole book that has no chapter or page range', () => {
    const schedule = buildSchedule([wholeBook('the-poet', 600)], pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, nothingDone);
    expect(schedule.days.map((day) => day.minutes)).toEqual([600]);
  });

  it('is approximate when any entry left to do has approximate minutes', () => {
    const exact = [episode('a', 1, 1), episode('a', 1, 2)];
    expect(buildSchedule(exact, pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, nothingDone).approximate).toBe(false);
    const mixed = [episode('a', 1, 1), episode('a', 1, 2, 50, true)];
    expect(buildSchedule(mixed, pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, nothingDone).approximate).toBe(true);
    expect(buildSchedule(mixed, pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, doneIds('a-s01e02')).approximate).toBe(false);
  });

  it('treats negative or non-numeric budgets as 0', () => {
    const schedule = buildSchedule([episode('a', 1, 1)], pace([-5, Number.NaN, 0, 0, 0, 0, 60]), MONDAY, nothingDone);
    expect(schedule.finishDate).toBe('2026-11-29');
  });

  it('rejects a start date that is not a real calendar date', () => {
    expect(() => buildSchedule([], pace([60, 60, 60, 60, 60, 60, 60]), '2026-02-30', nothingDone)).toThrow(RangeError);
    expect(() => buildSchedule([], pace([60, 60, 60, 60, 60, 60, 60]), '26-11-23', nothingDone)).toThrow(RangeError);
  });

  it('counts a film’s whole runtime on one day, never splitting it, and says a film is one sitting', () => {
    const film: OrderEntry = { kind: 'film', id: 'film-the-lincoln-lawyer', title: 'The Lincoln Lawyer', minutes: 119, approximate: false, threads: [], reason: 'test' };
    const schedule = buildSchedule([episode('lincoln', 1, 1, 50), film, episode('lincoln', 1, 2, 50)], pace([120, 120, 120, 120, 120, 120, 120]), MONDAY, nothingDone);
    // the film goes whole after the episode: 49 minutes over rather than 70 unused, as an episode would
    expect(schedule.days.map((day) => day.items.map((item) => [item.entryId, item.minutes]))).toEqual([
      [['lincoln-s01e01', 50], ['film-the-lincoln-lawyer', 119]],
      [['lincoln-s01e02', 50]],
    ]);
    expect(schedule.days[0]?.overrun).toEqual({ minutes: 49, cause: 'film' });
    expect(schedule.totalMinutes).toBe(219);
    expect(buildSchedule([film], pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, nothingDone).days[0]?.overrun).toEqual({ minutes: 59, cause: 'film' });
  });

  it('says how far a day runs over its budget and which piece could not be cut', () => {
    const hour = pace([60, 60, 60, 60, 60, 60, 60]);
    // 20 minutes of reading, then a 44-minute episode that overruns by 4 (less than the 40 it would leave unused)
    const schedule = buildSchedule([chapters('desert-star', 1, 2, 20), episode('ballard', 1, 1, 44)], hour, MONDAY, nothingDone);
    expect(schedule.days[0]).toMatchObject({ minutes: 64, budget: 60, overrun: { minutes: 4, cause: 'episode' } });
    // a 77-minute episode alone on a 60-minute day
    expect(buildSchedule([episode('bosch', 1, 1, 77)], hour, MONDAY, nothingDone).days[0]?.overrun).toEqual({ minutes: 17, cause: 'episode' });
    // a block kept whole because splitting is off
    expect(buildSchedule([chapters('desert-star', 1, 9, 90)], hour, MONDAY, nothingDone, { splitReading: false }).days[0]?.overrun).toEqual({ minutes: 30, cause: 'block' });
    // one chapter that could not be cut
    expect(buildSchedule([chapters('desert-star', 1, 2, 140)], hour, MONDAY, nothingDone).days[0]?.overrun).toEqual({ minutes: 10, cause: 'chapter' });
    // a day within its budget says nothing
    expect(buildSchedule([episode('bosch', 1, 1, 60)], hour, MONDAY, nothingDone).days[0]).not.toHaveProperty('overrun');
  });

  it('leaves the first day only the minutes not yet spent, and never forces a long item into what is left of it', () => {
    const hour = pace([60, 60, 60, 60, 60, 60, 60]);
    const entries = [episode('bosch', 1, 2, 45), episode('bosch', 1, 3, 10)];
    // 45 minutes already spent: a 45-minute episode does not go into the 15 left, even though nothing else is planned that day
    const spent = buildSchedule(entries, hour, MONDAY, nothingDone, { firstDaySpent: 45 });
    expect(spent.days.map((day) => [day.date, day.items.map((item) => item.entryId), day.spent ?? 0])).toEqual([
      [MONDAY, [], 45],
      ['2026-11-24', ['bosch-s01e02', 'bosch-s01e03'], 0],
    ]);
    // 50 spent, a 10-minute episode fits in the 10 left
    const short = buildSchedule([episode('bosch', 1, 3, 10)], hour, MONDAY, nothingDone, { firstDaySpent: 50 });
    expect(short.days[0]).toMatchObject({ date: MONDAY, minutes: 10, spent: 50 });
    expect(short.days[0]).not.toHaveProperty('overrun');
    // the whole day spent: everything starts tomorrow
    expect(buildSchedule(entries, hour, MONDAY, nothingDone, { firstDaySpent: 90 }).days[1]?.items).toHaveLength(2);
  });
});
