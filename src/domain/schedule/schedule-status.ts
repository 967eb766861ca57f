import type { Pace } from '../plan/plan';
import { addCalendarDays, calendarDateToNoon, calendarDaysBetween, weekdayIndex } from './calendar-date';
import { safeMinutes } from './schedule-units';

/**
 * Where you stand against the pace you set. Days are counted as days with a budget, so a
 * weekend-only pace is not "five days behind" after one missed weekend and a quiet week.
 */
export type PaceStatus =
  /** The start date is still to come. */
  | { kind: 'not-started' }
  | { kind: 'finished' }
  /** Everything planned before today is done, and nothing planned after today is. */
  | { kind: 'on-pace' }
  /** Done ahead of the plan: `plannedDate` is when the first item still to do was due. */
  | { kind: 'ahead'; days: number; plannedDate: string }
  | { kind: 'behind'; days: number; plannedDate: string };

/**
 * Compares the date the plan, as set at its start date, gave the first thing still to do
 * (`plannedDate`; null when the plan has no date for it) with today.
 * Behind: budgeted days from that date up to today. Ahead: budgeted days after today before it,
 * so finishing today's share early is "on pace", and doing tomorrow's too is one day ahead.
 */
export function paceStatus(pace: Pace, startDate: string, today: string, anythingLeft: boolean, plannedDate: string | null): PaceStatus {
  if (today < startDate) return { kind: 'not-started' };
  if (!anythingLeft) return { kind: 'finished' };
  if (plannedDate === null) return { kind: 'on-pace' };
  if (plannedDate < today) {
    const days = budgetedDaysBetween(pace, plannedDate, today);
    return days > 0 ? { kind: 'behind', days, plannedDate } : { kind: 'on-pace' };
  }
  const days = budgetedDaysBetween(pace, addCalendarDays(today, 1), plannedDate);
  return days > 0 ? { kind: 'ahead', days, plannedDate } : { kind: 'on-pace' };
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
