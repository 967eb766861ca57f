import { calendarDateToNoon } from '../../domain/schedule/calendar-date';
import type { Overrun, OverrunCause } from '../../domain/schedule/types';
import { formatMinutes } from '../../ui/format';

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });

/** "Fri 12 Feb 2027" for a calendar date YYYY-MM-DD. */
export function formatDay(calendarDate: string): string {
  // en-GB puts a comma after the weekday; the header reads better without it.
  return DAY.format(calendarDateToNoon(calendarDate)).replace(',', '');
}

/** "February 2027" for a year and a month (1–12). */
export function formatMonth(year: number, month: number): string {
  return MONTH.format(new Date(year, month - 1, 1, 12));
}

/** "The Double Helix!" → "the-double-helix"; never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'plan';
}

/** Weekday names, Monday first (as Pace.minutesPerWeekday): short and long. */
export const WEEKDAYS = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
] as const;

const OVERRUN_CAUSE: Record<OverrunCause, string> = {
  episode: 'an episode is never split across days',
  film: 'a film is watched in one sitting',
  chapter: 'a chapter is never split across days',
  pages: 'reading is cut in parts of at least 10 pages',
  block: 'this reading block is kept whole',
};

/** Overruns shorter than this are rounding of shared reading minutes, not worth a note. */
const NOTABLE_OVERRUN = 5;

/** The day's overrun when it is worth saying, else undefined. */
export function notableOverrun(day: { overrun?: Overrun }): Overrun | undefined {
  return day.overrun && day.overrun.minutes >= NOTABLE_OVERRUN ? day.overrun : undefined;
}

/** "17 min over your 1 h: an episode is never split across days." */
export function overrunText(overrun: Overrun, budget: number): string {
  return `${formatMinutes(overrun.minutes)} over your ${formatMinutes(budget)}: ${OVERRUN_CAUSE[overrun.cause]}.`;
}
