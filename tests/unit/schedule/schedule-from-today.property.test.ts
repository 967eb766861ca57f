import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderEntry } from '../../../src/domain/order/types';
import { createProgressLookup, isEntryDone, progressIdsOf } from '../../../src/domain/progress/progress-ids';
import { doneIdSet, ProgressMap } from '../../../src/domain/progress/progress-map';
import { addCalendarDays, startOfCalendarDay } from '../../../src/domain/schedule/calendar-date';
import { scheduleFromToday } from '../../../src/domain/schedule/schedule-from-today';
import { chapters, episode, pace } from './fixtures';

const TODAY = '2026-11-25';

const entryArb: fc.Arbitrary<(index: number) => OrderEntry> = fc.oneof(
  fc.integer({ min: 1, max: 120 }).map((minutes) => (i: number) => episode('show', 1, i + 1, minutes)),
  fc
    .record({ length: fc.integer({ min: 1, max: 8 }), minutes: fc.integer({ min: 1, max: 200 }) })
    .map(({ length, minutes }) => (i: number) => chapters(`novel${i}`, 1, length, minutes)),
);

// Each progress id of an entry: not marked, or marked done some hours before or after midnight today.
const markArb = fc.option(fc.integer({ min: -72, max: 20 }), { nil: undefined });

const caseArb = fc.record({
  entries: fc.array(fc.tuple(entryArb, fc.array(markArb, { minLength: 8, maxLength: 8 })), { maxLength: 20 }),
  week: fc.tuple(...Array.from({ length: 7 }, () => fc.integer({ min: 0, max: 240 }))) as fc.Arbitrary<[number, number, number, number, number, number, number]>,
  startOffset: fc.integer({ min: -10, max: 3 }),
  splitReading: fc.boolean(),
});

function setUp(value: typeof caseArb extends fc.Arbitrary<infer T> ? T : never) {
  const midnight = startOfCalendarDay(TODAY);
  const entries = value.entries.map(([make], index) => make(index));
  const progress: Record<string, { done: boolean; at: number }> = {};
  value.entries.forEach(([, hours], index) => {
    progressIdsOf(entries[index]!).forEach((id, n) => {
      const offset = hours[n % hours.length];
      if (offset !== undefined) progress[id] = { done: true, at: midnight + offset * 3_600_000 };
    });
  });
  const plan = { ...pace(value.week), splitReading: value.splitReading };
  return { entries, progress: ProgressMap.fromRecord(progress), plan, start: addCalendarDays(TODAY, value.startOffset) };
}

describe('scheduleFromToday properties', () => {
  it('gives no day to anything done, and lays out every minute of what is left', () => {
    fc.assert(
      fc.property(caseArb, (value) => {
        const { entries, progress, plan, start } = setUp(value);
        const view = scheduleFromToday(entries, plan, start, TODAY, progress);
        const now = createProgressLookup(doneIdSet(progress));
        const left = entries.filter((entry) => !isEntryDone(entry, now)).map((entry) => entry.id);
        expect(view.entries.map((entry) => entry.id)).toEqual(left);
        const placed = view.schedule.days.flatMap((day) => day.items);
        if (view.schedule.finishDate !== null) {
          expect([...new Set(placed.map((item) => item.entryId))]).toEqual(left);
          expect(placed.reduce((sum, item) => sum + item.minutes, 0)).toBe(view.schedule.totalMinutes);
        }
        expect(view.schedule.days[0]?.date ?? view.from).toBe(view.from);
        for (const { entry } of view.doneToday) expect(isEntryDone(entry, now)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // Where one piece is longer than a day's minutes, an empty day takes it anyway; a day you already spent
  // time on does not, so there reading part of a long block today can move the rest to the next day.
  // With days long enough for any piece, progress never moves the finish date later.
  it('never finishes later with progress than with none, when every piece fits in a day', () => {
    const roomy = caseArb.map((value) => ({
      ...value,
      week: value.week.map((minutes) => (minutes < 40 ? 0 : minutes + 200)) as typeof value.week,
    }));
    fc.assert(
      fc.property(roomy, (value) => {
        const { entries, progress, plan, start } = setUp(value);
        const withProgress = scheduleFromToday(entries, plan, start, TODAY, progress).schedule.finishDate;
        const without = scheduleFromToday(entries, plan, start, TODAY, ProgressMap.EMPTY).schedule.finishDate;
        if (without !== null && withProgress !== null) expect(withProgress <= without).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
