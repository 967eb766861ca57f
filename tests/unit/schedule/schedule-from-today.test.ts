import { describe, expect, it } from 'vitest';
import { ProgressMap } from '../../../src/domain/progress/progress-map';
import { buildSchedule } from '../../../src/domain/schedule/build-schedule';
import { scheduleFromToday } from '../../../src/domain/schedule/schedule-from-today';
import { chapters, episode, pace } from './fixtures';

// 2026-11-23 is a Monday.
const MONDAY = '2026-11-23';
const NIGHTLY = pace([50, 50, 50, 50, 50, 50, 50]);
const season = Array.from({ length: 10 }, (_, i) => episode('bosch', 1, i + 1, 50));
const ids = (...numbers: number[]) => numbers.map((n) => `bosch-s01e${String(n).padStart(2, '0')}`);

/** Local time on a November 2026 day, as marks are stamped. */
const at = (day: number, hour = 20) => new Date(2026, 10, day, hour).getTime();

function marks(time: number, list: string[]): ProgressMap {
  return ProgressMap.of(list.map((id) => [id, { done: true, at: time }] as const));
}

const firstItems = (view: ReturnType<typeof scheduleFromToday>) =>
  view.schedule.days.filter((day) => day.items.length > 0).map((day) => [day.date, day.items.map((item) => item.entryId)]);

describe('scheduleFromToday', () => {
  it('after a catch-up today, starts today with the first item not done and finishes earlier than with nothing done', () => {
    const budget = pace([120, 120, 120, 120, 120, 120, 120]);
    const fresh = scheduleFromToday(season, budget, MONDAY, MONDAY, ProgressMap.EMPTY);
    // "done up to here" at episode 5 on the plan's first day: one change for five items, what was watched before
    const view = scheduleFromToday(season, budget, MONDAY, MONDAY, marks(at(23, 11), ids(1, 2, 3, 4, 5)));
    const placed = view.schedule.days.flatMap((day) => day.items.map((item) => item.entryId));
    expect(placed).toEqual(ids(6, 7, 8, 9, 10));
    expect(view.doneToday).toEqual([]);
    expect(firstItems(view)[0]).toEqual([MONDAY, ids(6, 7)]);
    expect(view.schedule.finishDate! < fresh.schedule.finishDate!).toBe(true);
    expect(view.schedule.finishDate).toBe('2026-11-25');
    expect(fresh.schedule.finishDate).toBe('2026-11-27');
    expect(view.schedule.totalMinutes).toBe(5 * 50);
  });

  it('keeps today’s time for what was ticked off one item at a time today, even beyond today’s share', () => {
    const budget = pace([120, 120, 120, 120, 120, 120, 120]);
    const progress = ProgressMap.of([...marks(at(23, 20), ids(1)), ...marks(at(23, 21), ids(2)), ...marks(at(23, 22), ids(3))]);
    const view = scheduleFromToday(season, budget, MONDAY, MONDAY, progress);
    expect(view.doneToday.map((item) => item.entryId)).toEqual(ids(1, 2, 3));
    // 150 of 120 minutes used: nothing more today
    expect(view.schedule.days[0]).toMatchObject({ date: MONDAY, items: [], spent: 150 });
    expect(firstItems(view)[0]).toEqual(['2026-11-24', ids(4, 5)]);
    expect(view.status).toEqual({ kind: 'on-pace' });
  });

  it('gives the rest of today’s time to the first item left when today’s share was only partly used', () => {
    const budget = pace([60, 60, 60, 60, 60, 60, 60]);
    const entries = [episode('bosch', 1, 1, 45), chapters('desert-star', 1, 1, 11), chapters('desert-star', 2, 2, 11), episode('bosch', 1, 2, 45)];
    const view = scheduleFromToday(entries, budget, MONDAY, MONDAY, marks(at(23, 9), ['bosch-s01e01']));
    expect(view.doneToday.map((item) => item.entryId)).toEqual(['bosch-s01e01']);
    // 45 of 60 minutes used: chapter 1 (11 min) still fits today, chapter 2 would run 7 minutes over
    expect(firstItems(view)[0]).toEqual([MONDAY, ['desert-star#1-1']]);
    expect(view.schedule.days[0]).toMatchObject({ spent: 45, minutes: 11 });
    expect(firstItems(view)[1]).toEqual(['2026-11-24', ['desert-star#2-2', 'bosch-s01e02']]);
  });

  it('keeps today’s time for an item ticked off from today’s share, so tomorrow’s items stay tomorrow', () => {
    const before = scheduleFromToday(season, NIGHTLY, MONDAY, MONDAY, ProgressMap.EMPTY);
    const view = scheduleFromToday(season, NIGHTLY, MONDAY, MONDAY, marks(at(23), ids(1)));
    expect(view.doneToday.map((item) => item.entry.id)).toEqual(ids(1));
    expect(firstItems(view)[0]).toEqual(['2026-11-24', ids(2)]);
    expect(view.schedule.finishDate).toBe(before.schedule.finishDate);
    expect(view.status).toEqual({ kind: 'on-pace' });
  });

  it('lays out what is left from today with the whole day free when the done items were done on earlier days', () => {
    const view = scheduleFromToday(season, NIGHTLY, MONDAY, '2026-11-26', marks(at(23), ids(1, 2, 3)));
    expect(view.doneToday).toEqual([]);
    expect(view.from).toBe('2026-11-26');
    expect(firstItems(view)[0]).toEqual(['2026-11-26', ids(4)]);
    expect(view.schedule).toEqual(buildSchedule(season.slice(3), NIGHTLY, '2026-11-26', () => false));
    expect(view.status).toEqual({ kind: 'on-pace' });
  });

  it('cuts a half-read reading block down to the chapters left, with its share of the minutes', () => {
    const block = chapters('desert-star', 3, 6, 44);
    const entries = [block, episode('ballard', 1, 1, 44)];
    const view = scheduleFromToday(entries, NIGHTLY, MONDAY, '2026-11-25', marks(at(24), ['desert-star#ch3', 'desert-star#ch4']));
    expect(view.entries[0]).toMatchObject({ id: block.id, chapters: [5, 6], minutes: 22 });
    expect(view.schedule.totalMinutes).toBe(22 + 44);
  });

  it('says how far ahead of the pace a catch-up puts you', () => {
    // Episode 6 was planned for Saturday; Tuesday to Friday (4 budgeted days after today) are done ahead.
    const view = scheduleFromToday(season, NIGHTLY, MONDAY, MONDAY, marks(at(23, 9), ids(1, 2, 3, 4, 5)));
    expect(view.status).toEqual({ kind: 'ahead', days: 4, plannedDate: '2026-11-28' });
    expect(view.planned.finishDate).toBe('2026-12-02');
  });

  it('says how far behind you are when items were due on days that have passed', () => {
    const view = scheduleFromToday(season, NIGHTLY, MONDAY, '2026-11-26', marks(at(23), ids(1)));
    expect(view.status).toEqual({ kind: 'behind', days: 2, plannedDate: '2026-11-24' });
    expect(view.schedule.finishDate).toBe('2026-12-04');
    expect(view.planned.finishDate).toBe('2026-12-02');
  });

  it('does not count what was done before the start date as being ahead (that is what re-planning relies on)', () => {
    const view = scheduleFromToday(season, NIGHTLY, MONDAY, MONDAY, marks(at(22), ids(1, 2, 3)));
    expect(view.status).toEqual({ kind: 'on-pace' });
    expect(view.planned.days[0]?.items.map((item) => item.entryId)).toEqual(ids(4));
  });

  it('waits for a start date still to come, and leaves what is done out of it', () => {
    const view = scheduleFromToday(season, NIGHTLY, '2026-12-01', MONDAY, marks(at(23, 9), ids(1)));
    expect(view.from).toBe('2026-12-01');
    expect(view.doneToday).toEqual([]);
    expect(firstItems(view)[0]).toEqual(['2026-12-01', ids(2)]);
    expect(view.status).toEqual({ kind: 'not-started' });
  });

  it('has nothing left to schedule when everything is done, and says so', () => {
    const view = scheduleFromToday(season, NIGHTLY, MONDAY, '2026-11-30', marks(at(23), ids(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));
    expect(view.schedule.days).toEqual([]);
    expect(view.schedule.finishDate).toBeNull();
    expect(view.status).toEqual({ kind: 'finished' });
  });

  it('reads an undone mark as not done: an item unticked today is back at the front', () => {
    const progress: ProgressMap = marks(at(23), ids(1, 2)).with([[ids(2)[0]!, { done: false, at: at(24, 9) }]]);
    const view = scheduleFromToday(season, NIGHTLY, MONDAY, '2026-11-24', progress);
    expect(firstItems(view)[0]).toEqual(['2026-11-24', ids(2)]);
  });

  it('counts the chapters of a block read today as done today, and leaves the rest of the block planned', () => {
    const block = chapters('desert-star', 1, 8, 80);
    const view = scheduleFromToday([block], NIGHTLY, MONDAY, MONDAY, marks(at(23, 8), ['desert-star#ch1', 'desert-star#ch2', 'desert-star#ch3', 'desert-star#ch4', 'desert-star#ch5']));
    expect(view.doneToday.map((item) => item.entry.id)).toEqual(['desert-star#1-8~done']);
    expect(view.doneToday[0]?.entry).toMatchObject({ chapters: [1, 5] });
    expect(view.entries[0]).toMatchObject({ chapters: [6, 8], minutes: 30 });
    expect(view.schedule.days[0]).toMatchObject({ date: MONDAY, spent: 50, items: [] });
  });
});
