import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderEntry } from '../../../src/domain/order/types';
import type { WeekMinutes } from '../../../src/domain/plan/plan';
import { buildSchedule } from '../../../src/domain/schedule/build-schedule';
import { addCalendarDays } from '../../../src/domain/schedule/calendar-date';
import type { Schedule, ScheduledItem } from '../../../src/domain/schedule/types';
import { chapters, episode, pace, pages, wholeBook } from './fixtures';

const entryArb: fc.Arbitrary<(index: number) => OrderEntry> = fc.oneof(
  fc.record({ minutes: fc.integer({ min: 0, max: 150 }) }).map(({ minutes }) => (i: number) => episode(`show${i % 3}`, 1, i + 1, minutes)),
  fc
    .record({ from: fc.integer({ min: 1, max: 60 }), length: fc.integer({ min: 1, max: 30 }), minutes: fc.integer({ min: 0, max: 600 }) })
    .map(({ from, length, minutes }) => (i: number) => ({ ...chapters(`novel${i}`, from, from + length - 1, minutes) })),
  fc
    .record({ from: fc.integer({ min: 1, max: 300 }), length: fc.integer({ min: 1, max: 120 }), minutes: fc.integer({ min: 0, max: 400 }) })
    .map(({ from, length, minutes }) => (i: number) => pages(`novel${i}`, from, from + length - 1, minutes)),
  fc.integer({ min: 0, max: 900 }).map((minutes) => (i: number) => wholeBook(`book${i}`, minutes)),
);

const planArb = fc.record({
  entries: fc.array(fc.tuple(entryArb, fc.boolean()), { maxLength: 25 }).map((list) =>
    list.map(([make, isDone], index) => ({ entry: make(index), isDone })),
  ),
  week: fc.tuple(...Array.from({ length: 7 }, () => fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })))) as fc.Arbitrary<
    [number, number, number, number, number, number, number]
  >,
  startOffset: fc.integer({ min: -3000, max: 3000 }),
  splitReading: fc.boolean(),
});

type PlanValue = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function build(plan: PlanValue, week: WeekMinutes = plan.week): Schedule {
  const doneIds = new Set(plan.entries.filter((e) => e.isDone).map((e) => e.entry.id));
  return buildSchedule(
    plan.entries.map((e) => e.entry),
    pace(week),
    addCalendarDays('2026-01-01', plan.startOffset),
    (entry) => doneIds.has(entry.id),
    { splitReading: plan.splitReading },
  );
}

/** Consecutive items of the same entry, in schedule order. */
function groupByEntry(schedule: Schedule): { entryId: string; items: ScheduledItem[] }[] {
  const groups: { entryId: string; items: ScheduledItem[] }[] = [];
  for (const item of schedule.days.flatMap((day) => day.items)) {
    const last = groups[groups.length - 1];
    if (last?.entryId === item.entryId) last.items.push(item);
    else groups.push({ entryId: item.entryId, items: [item] });
  }
  return groups;
}

const hasBudget = (plan: PlanValue) => plan.week.some((minutes) => minutes > 0);

describe('buildSchedule properties', () => {
  it('schedules every undone entry exactly once, in order, and never a done one', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const schedule = build(plan);
        const undone = plan.entries.filter((e) => !e.isDone).map((e) => e.entry.id);
        const expected = hasBudget(plan) ? undone : [];
        expect(groupByEntry(schedule).map((group) => group.entryId)).toEqual(expected);
      }),
    );
  });

  it('covers a split reading block exactly with numbered, contiguous parts whose minutes add up', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const schedule = build(plan);
        const byId = new Map(plan.entries.map((e) => [e.entry.id, e.entry]));
        for (const { entryId, items } of groupByEntry(schedule)) {
          const entry = byId.get(entryId)!;
          expect(items.reduce((sum, item) => sum + item.minutes, 0)).toBe(entry.minutes);
          if (items.length === 1) {
            expect(items[0]?.part).toBeUndefined();
            continue;
          }
          expect(entry.kind).toBe('reading');
          expect(plan.splitReading).toBe(true);
          expect(items.map((item) => [item.part?.index, item.part?.of])).toEqual(items.map((_, i) => [i + 1, items.length]));
          const range = entry.kind === 'reading' ? (entry.chapters ?? entry.pages) : undefined;
          const parts = items.map((item) => item.part?.chapters ?? item.part?.pages);
          expect(parts[0]?.[0]).toBe(range?.[0]);
          expect(parts[parts.length - 1]?.[1]).toBe(range?.[1]);
          parts.forEach((part, i) => {
            if (i > 0) expect(part?.[0]).toBe((parts[i - 1]?.[1] ?? Number.NaN) + 1);
            if (entry.kind === 'reading' && entry.pages) expect((part?.[1] ?? 0) - (part?.[0] ?? 0) + 1).toBeGreaterThanOrEqual(10);
          });
        }
      }),
    );
  });

  it('keeps each day within budget except for its last item, and gives no-budget days nothing', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const schedule = build(plan);
        for (const day of schedule.days) {
          expect(day.budget).toBe(plan.week[day.weekday]);
          expect(day.minutes).toBe(day.items.reduce((sum, item) => sum + item.minutes, 0));
          if (day.budget === 0) expect(day.items).toEqual([]);
          // Days up to the finish date are never left empty when they have a budget.
          else expect(day.items.length).toBeGreaterThan(0);
          const last = day.items[day.items.length - 1];
          if (last) expect(day.minutes - last.minutes).toBeLessThan(day.budget);
        }
      }),
    );
  });

  it('lists consecutive calendar days from the start date to the finish date', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const schedule = build(plan);
        const start = addCalendarDays('2026-01-01', plan.startOffset);
        schedule.days.forEach((day, i) => expect(day.date).toBe(addCalendarDays(start, i)));
        expect(schedule.finishDate).toBe(schedule.days[schedule.days.length - 1]?.date ?? null);
      }),
    );
  });

  it('never finishes later when every weekday gets at least as many minutes', () => {
    fc.assert(
      fc.property(planArb, fc.tuple(...Array.from({ length: 7 }, () => fc.integer({ min: 0, max: 200 }))), (plan, extra) => {
        const slower = build(plan);
        const faster = build(plan, plan.week.map((minutes, day) => minutes + (extra[day] ?? 0)) as unknown as WeekMinutes);
        if (slower.finishDate !== null) {
          expect(faster.finishDate).not.toBeNull();
          expect(faster.finishDate! <= slower.finishDate).toBe(true);
        }
      }),
    );
  });

  it('counts the minutes of everything left to do', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const left = plan.entries.filter((e) => !e.isDone).reduce((sum, e) => sum + e.entry.minutes, 0);
        expect(build(plan).totalMinutes).toBe(left);
      }),
    );
  });
});
