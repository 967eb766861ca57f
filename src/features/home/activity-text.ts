import { calendarDateOf, calendarDaysBetween } from '../../domain/schedule/calendar-date';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "today", "yesterday", "3 days ago", or "on 12 Mar 2026" for anything a month or more back. */
export function activityText(at: number, now: number): string {
  const days = calendarDaysBetween(calendarDateOf(at), calendarDateOf(now));
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  return `on ${DAY.format(new Date(at))}`;
}
