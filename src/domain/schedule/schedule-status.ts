import type { OrderEntry } from '../order/types';
import type { Pace } from '../plan/plan';
import { buildSchedule } from './build-schedule';
import { calendarDateToNoon, calendarDaysBetween, weekdayIndex } from './calendar-date';
import { safeMinutes } from './schedule-units';
import type { BuildScheduleOptions, Schedule } from './types';

export interface ScheduleStatus {
  /** Budgeted days that passed, before `today`, since the first undone item was due; 0 if on time. */
  behindDays: number;
  /** The day the first undone item was due in the original plan (nothing done, from `start`). */
  plannedDate: string | null;
  /** The rest of the plan laid out again from `today` (or from `start` if that is later). */
  replanned: Schedule;
}

/**
 * Compares progress with the original plan: the plan as built from its start date with
 * nothing done. Being behind is counted in days that had a budget, so a weekend-only pace
 * is not "five days behind" after one missed weekend and a quiet week.
 */
export function scheduleStatus(
  entries: readonly OrderEntry[],
  pace: Pace,
  start: string,
  done: (entry: OrderEntry) => boolean,
  today: string,
  options: BuildScheduleOptions = {},
): ScheduleStatus {
  calendarDateToNoon(today);
  const from = today > start ? today : start;
  const replanned = buildSchedule(entries, pace, from, done, options);
  const firstUndone = entries.find((entry) => !done(entry));
  if (!firstUndone) return { behindDays: 0, plannedDate: null, replanned };

  const original = buildSchedule(entries, pace, start, () => false, options);
  const plannedDay = original.days.find((day) => day.items.some((item) => item.entryId === firstUndone.id));
  if (!plannedDay) return { behindDays: 0, plannedDate: null, replanned };
  return {
    behindDays: budgetedDaysBetween(pace, plannedDay.date, today),
    plannedDate: plannedDay.date,
    replanned,
  };
}

/** Days with a budget in [from, to); 0 when `to` is not after `from`. */
export function budgetedDaysBetween(pace: Pace, from: string, to: string): number {
  const span = calendarDaysBetween(from, to);
  if (span <= 0) return 0;
  const budgeted = pace.minutesPerWeekday.map((minutes) => safeMinutes(minutes) > 0);
  const perWeek = budgeted.filter(Boolean).length;
  const firstWeekday = weekdayIndex(calendarDateToNoon(from));
  let count = Math.floor(span / 7) * perWeek;
  for (let offset = 0; offset < span % 7; offset++) {
    if (budgeted[(firstWeekday + offset) % 7]) count++;
  }
  return count;
}
