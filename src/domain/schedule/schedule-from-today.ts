import type { OrderEntry } from '../order/types';
import type { Pace } from '../plan/plan';
import { createProgressLookup, isEntryDone, type ProgressLookup } from '../progress/progress-ids';
import { doneIdSet, type ProgressMap } from '../progress/progress-map';
import { buildSchedule } from './build-schedule';
import { calendarDateToNoon, startOfCalendarDay } from './calendar-date';
import { doneBefore } from './done-times';
import { entryOfItem } from './item-entry';
import { remainingEntries } from './remaining-entries';
import { paceStatus, type PaceStatus } from './schedule-status';
import type { Schedule } from './types';

export interface DoneTodayItem {
  /** The plan entry it belongs to. */
  entryId: string;
  /** What was done: the entry, or the part of a split reading block that today held. */
  entry: OrderEntry;
}

export interface ScheduleFromToday {
  /** The first day of `schedule`: today, or the start date while that is still to come. */
  from: string;
  /** What is left, laid out from `from`. Its items refer to `entries`. */
  schedule: Schedule;
  /** Everything not done yet, in plan order, reading blocks cut down to their unread part. */
  entries: OrderEntry[];
  /**
   * Items that today's share held and that are now done. They keep today's time, so ticking one off
   * does not pull tomorrow's items into today; their minutes are `schedule.days[0].spent`.
   */
  doneToday: DoneTodayItem[];
  /** The plan as set on its start date, leaving out what was done before then: the pace you set. */
  planned: Schedule;
  status: PaceStatus;
}

/**
 * The schedule of a plan with progress (docs/decisions/005-schedule-from-today.md).
 *
 * What is left is laid out from today (or from the start date while that is still to come): done items
 * get no days, and the finish date and totals are those of the rest. What today's share held and is
 * already done still uses today's time (see `doneToday`); other items done today — a catch-up with
 * "done up to here", a merged share link — simply leave the schedule. The plan from the start date
 * with nothing since then done is the pace you set; `status` compares your progress with it.
 */
export function scheduleFromToday(entries: readonly OrderEntry[], pace: Pace, startDate: string, today: string, progress: ProgressMap): ScheduleFromToday {
  calendarDateToNoon(today);
  const options = { splitReading: pace.splitReading ?? true };
  const now = createProgressLookup(doneIdSet(progress));
  const from = today > startDate ? today : startDate;
  const left = remainingEntries(entries, now);

  const plannedEntries = remainingEntries(entries, doneBefore(progress, startOfCalendarDay(startDate)));
  const planned = buildSchedule(plannedEntries, pace, startDate, () => false, options);

  const doneToday = from === today ? doneOfTodaysShare(entries, pace, today, progress, now) : [];
  const spent = doneToday.reduce((sum, { entry }) => sum + entry.minutes, 0);
  const schedule = buildSchedule(left, pace, from, () => false, { ...options, firstDaySpent: spent });

  const status = paceStatus(pace, startDate, today, left.length > 0, firstDateWithWorkLeft(planned, plannedEntries, now));
  return { from, schedule, entries: left, doneToday, planned, status };
}

/** Today's share as the schedule stood at midnight, and which of it is done now. */
function doneOfTodaysShare(entries: readonly OrderEntry[], pace: Pace, today: string, progress: ProgressMap, now: ProgressLookup): DoneTodayItem[] {
  const morningEntries = remainingEntries(entries, doneBefore(progress, startOfCalendarDay(today)));
  const morning = buildSchedule(morningEntries, pace, today, () => false, { splitReading: pace.splitReading ?? true });
  const share = morning.days[0];
  if (share?.date !== today) return [];
  const byId = new Map(morningEntries.map((entry) => [entry.id, entry]));
  const done: DoneTodayItem[] = [];
  for (const item of share.items) {
    const entry = byId.get(item.entryId);
    if (!entry) continue;
    const piece = entryOfItem(item, entry);
    if (isEntryDone(piece, now)) done.push({ entryId: item.entryId, entry: piece });
  }
  return done;
}

/** The first day of `schedule` holding something that is not done now. */
function firstDateWithWorkLeft(schedule: Schedule, entries: readonly OrderEntry[], now: ProgressLookup): string | null {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const day = schedule.days.find((candidate) =>
    candidate.items.some((item) => {
      const entry = byId.get(item.entryId);
      return entry !== undefined && !isEntryDone(entryOfItem(item, entry), now);
    }),
  );
  return day?.date ?? null;
}
