import { addDays, differenceInCalendarDays, getISODay } from 'date-fns';

/**
 * Calendar dates (`YYYY-MM-DD`) with no time of day and no time zone.
 *
 * Why noon: a `Date` is an instant, and some zones skip or repeat an hour (a few even skip
 * midnight) when daylight saving starts or ends. Building each date at local noon and moving it
 * with date-fns' calendar-day functions keeps every step on the intended day in any zone.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  return toNoon(value) !== undefined;
}

/** The date at local noon; throws a RangeError for anything but a real `YYYY-MM-DD` date. */
export function calendarDateToNoon(value: string): Date {
  const date = toNoon(value);
  if (!date) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return date;
}

/** The local calendar date of `date` as `YYYY-MM-DD` (by hand: date-fns' format is slow in a loop of hundreds of days). */
export function formatCalendarDate(date: Date): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

export function addCalendarDays(value: string, days: number): string {
  return formatCalendarDate(addDays(calendarDateToNoon(value), days));
}

/** Local midnight at the start of a calendar date, in epoch milliseconds (marks are stamped in those). */
export function startOfCalendarDay(value: string): number {
  const noon = calendarDateToNoon(value);
  return new Date(noon.getFullYear(), noon.getMonth(), noon.getDate()).getTime();
}

/** The local calendar date of an instant given in epoch milliseconds. */
export function calendarDateOf(instant: number): string {
  return formatCalendarDate(new Date(instant));
}

/** Monday = 0 … Sunday = 6, the index used by `Pace.minutesPerWeekday`. */
export function weekdayIndex(date: Date): number {
  return getISODay(date) - 1;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(calendarDateToNoon(to), calendarDateToNoon(from));
}

function toNoon(value: string): Date | undefined {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(2000, 0, 1, 12);
  // setFullYear, not the constructor: the constructor maps years 0–99 to 1900–1999.
  date.setFullYear(year, month - 1, day);
  const roundTrips = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return roundTrips ? date : undefined;
}
