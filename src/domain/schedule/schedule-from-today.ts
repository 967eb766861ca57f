import type { OrderEntry } from '../order/types';
import type { Pace } from '../plan/plan';
import { createProgressLookup, isEntryDone, type ProgressLookup } from '../progress/progress-ids';
import { doneIdSet, type ProgressMap } from '../progress/progress-map';
import { buildSchedule } from './build-schedule';
import { calendarDateToNoon, startOfCalendarDay } from './calendar-date';
import { doneBefore, doneTimeOf } from './done-times';
import { entryOfItem } from './item-entry';
import { donePart, remainingEntries, remainingPart } from './remaining-entries';
import { paceStatus, type PaceStatus } from './schedule-status';
import type { Schedule } from './types';

export interface DoneTodayItem {
  /** The plan entry it belongs to. */
  entryId: string;
  /** What was done today: the entry, or the chapters or pages of it read today. */
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
   * What you ticked off today, one item at a time: it stays on today and uses today's time, so ticking
   * tonight's episode neither pulls tomorrow's into today nor moves the finish date. Its minutes are
   * `schedule.days[0].spent`. Marks made together for several items (a catch-up with "done up to here",
   * a merged share link) are not here: that is what you watched before, not today's time.
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
 * get no days, and the finish date and totals are those of the rest. What you ticked off today one at a
 * time keeps today's time (see `doneToday`). The plan from the start date with nothing since then done is
 * the pace you set; `status` compares your progress with it.
 */
export function scheduleFromToday(entries: readonly OrderEntry[], pace: Pace, startDate: string, today: string, progress: ProgressMap): ScheduleFromToday {
  calendarDateToNoon(today);
  const options = { splitReading: pace.splitReading ?? true };
  const now = createProgressLookup(doneIdSet(progress));
  const from = today > startDate ? today : startDate;
  const left = remainingEntries(entries, now);

  const plannedEntries = remainingEntries(entries, doneBefore(progress, startOfCalendarDay(startDate)));
  const planned = buildSchedule(plannedEntries, pace, startDate, () => false, options);

  const doneToday = from === today ? doneOneByOneToday(entries, progress, startOfCalendarDay(today), now) : [];
  const spent = doneToday.reduce((sum, { entry }) => sum + entry.minutes, 0);
  const schedule = buildSchedule(left, pace, from, () => false, { ...options, firstDaySpent: spent });

  const status = paceStatus(pace, startDate, today, left.length > 0, firstDateWithWorkLeft(planned, plannedEntries, now));
  return { from, schedule, entries: left, doneToday, planned, status };
}

/**
 * The parts of entries done since `midnight`, in plan order, leaving out changes that marked several
 * entries at once (one time stamp on marks of more than one entry).
 */
function doneOneByOneToday(entries: readonly OrderEntry[], progress: ProgressMap, midnight: number, now: ProgressLookup): DoneTodayItem[] {
  const before = doneBefore(progress, midnight);
  const done: (DoneTodayItem & { at: number })[] = [];
  const entriesAt = new Map<number, number>();
  for (const entry of entries) {
    const was = remainingPart(entry, before);
    const piece = was ? donePart(was, remainingPart(entry, now)) : null;
    const at = piece ? doneTimeOf(piece, progress) : undefined;
    if (!piece || at === undefined || at < midnight) continue;
    done.push({ entryId: entry.id, entry: piece, at });
    entriesAt.set(at, (entriesAt.get(at) ?? 0) + 1);
  }
  return done.filter(({ at }) => entriesAt.get(at) === 1).map(({ entryId, entry }) => ({ entryId, entry }));
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
