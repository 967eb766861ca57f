import { addDays } from 'date-fns';
import type { OrderEntry } from '../order/types';
import type { Pace } from '../plan/plan';
import { calendarDateToNoon, formatCalendarDate, weekdayIndex } from './calendar-date';
import { safeMinutes, unitsOf, type ScheduleUnit } from './schedule-units';
import type { BuildScheduleOptions, Overrun, OverrunCause, Schedule, ScheduledItem, ScheduleDay } from './types';

/**
 * Lays the plan's undone entries out on calendar days, starting at `start` (YYYY-MM-DD).
 *
 * Rules:
 * 1. Entries for which `done` is true are skipped; the rest keep their order and each appears
 *    exactly once (a split reading block as consecutive parts that together cover it).
 * 2. A day's budget is `pace.minutesPerWeekday[weekday]`; days with budget 0 get nothing
 *    (a budget that is negative or not a number counts as 0).
 * 3. Items are placed greedily. An item that does not fit the minutes left may still go last on
 *    the day, overrunning the budget, when the day is still empty (so a long episode never leaves
 *    a day with budget empty) or when it overruns by no more than it would otherwise leave
 *    unused. So every item but a day's last fits within the budget.
 * 4. Episodes are never split. With `splitReading` (default true) a reading block may be cut
 *    at chapter boundaries, or for page blocks into parts of at least 10 pages, its minutes
 *    shared pro rata; rule 3 applies to each chapter or 10-page chunk.
 * 5. If items remain but every weekday's budget is 0 the schedule has no days and no finish date.
 * 6. `firstDaySpent` minutes are already used on the first day (what was done today): that day has
 *    that much less room, and is not "empty" for rule 3, so a long episode waits for tomorrow.
 *    A day whose items run past its budget (rule 3) says by how much and what could not be cut.
 *
 * Greedy filling like this is monotone: more minutes on every weekday never finishes later.
 * Dates are calendar dates, moved a whole day at a time, so DST changes cannot skip or repeat one.
 */
export function buildSchedule(
  entries: readonly OrderEntry[],
  pace: Pace,
  start: string,
  done: (entry: OrderEntry) => boolean,
  options: BuildScheduleOptions = {},
): Schedule {
  const splitReading = options.splitReading ?? true;
  const firstDaySpent = safeMinutes(options.firstDaySpent ?? 0);
  const budgets = pace.minutesPerWeekday.map(safeMinutes);
  let date = calendarDateToNoon(start);
  const todo = entries.filter((entry) => !done(entry));
  const totalMinutes = todo.reduce((sum, entry) => sum + safeMinutes(entry.minutes), 0);
  const units = todo.flatMap((entry, owner) => unitsOf(entry, splitReading).map((unit) => ({ ...unit, owner })));
  if (units.length === 0 || budgets.every((budget) => budget === 0)) {
    return { days: [], totalMinutes, finishDate: null, approximate: false };
  }

  const drafts: DraftDay[] = [];
  let next = 0;
  let spent = firstDaySpent;
  while (next < units.length) {
    const weekday = weekdayIndex(date);
    const budget = budgets[weekday] ?? 0;
    const placed: OwnedUnit[] = [];
    let left = budget - spent;
    while (next < units.length && left > 0) {
      const unit = units[next]!;
      const fits = unit.minutes <= left;
      const overrunNoWorseThanGap = unit.minutes - left <= left;
      if (!fits && (placed.length > 0 || spent > 0) && !overrunNoWorseThanGap) break;
      placed.push(unit);
      left -= unit.minutes;
      next++;
    }
    const last = placed[placed.length - 1];
    const overrun = last && left < 0 ? { minutes: -left, cause: causeOf(last) } : undefined;
    drafts.push({ date: formatCalendarDate(date), weekday, budget, spent, runs: groupRuns(placed), ...(overrun ? { overrun } : {}) });
    spent = 0;
    date = addDays(date, 1);
  }

  const partsPerOwner = new Map<number, number>();
  for (const run of drafts.flatMap((day) => day.runs)) {
    partsPerOwner.set(run.owner, (partsPerOwner.get(run.owner) ?? 0) + 1);
  }
  const partsSeen = new Map<number, number>();
  const days: ScheduleDay[] = drafts.map(({ date: dayDate, weekday, budget, spent: daySpent, runs, overrun }) => {
    const items = runs.map((run) => {
      const index = (partsSeen.get(run.owner) ?? 0) + 1;
      partsSeen.set(run.owner, index);
      return toItem(run, index, partsPerOwner.get(run.owner) ?? 1);
    });
    const minutes = items.reduce((sum, item) => sum + item.minutes, 0);
    const day: ScheduleDay = { date: dayDate, weekday, items, minutes, budget };
    if (daySpent > 0) day.spent = daySpent;
    if (overrun) day.overrun = overrun;
    return day;
  });

  const lastWithItems = days.findLast((day) => day.items.length > 0);
  return {
    days,
    totalMinutes,
    finishDate: lastWithItems?.date ?? null,
    approximate: todo.some((entry) => entry.approximate),
  };
}

type OwnedUnit = ScheduleUnit & { owner: number };

/** Consecutive units of one entry on one day. */
interface Run {
  owner: number;
  units: OwnedUnit[];
}

interface DraftDay {
  date: string;
  weekday: number;
  budget: number;
  spent: number;
  runs: Run[];
  overrun?: Overrun;
}

/** What a day's last item is, when it runs past the budget: the piece the scheduler may not cut. */
function causeOf(unit: ScheduleUnit): OverrunCause {
  if (unit.entry.kind !== 'reading') return unit.entry.kind;
  if (unit.chapters) return unit.chapters[0] === unit.chapters[1] ? 'chapter' : 'block';
  if (unit.pages) return 'pages';
  return 'block';
}

function groupRuns(units: readonly OwnedUnit[]): Run[] {
  const runs: Run[] = [];
  for (const unit of units) {
    const last = runs[runs.length - 1];
    if (last && last.owner === unit.owner) last.units.push(unit);
    else runs.push({ owner: unit.owner, units: [unit] });
  }
  return runs;
}

function toItem(run: Run, index: number, of: number): ScheduledItem {
  const first = run.units[0]!;
  const last = run.units[run.units.length - 1]!;
  const minutes = run.units.reduce((sum, unit) => sum + unit.minutes, 0);
  const item: ScheduledItem = { entryId: first.entry.id, title: first.entry.title, minutes };
  if (of > 1) {
    item.part = { index, of };
    if (first.chapters && last.chapters) item.part.chapters = [first.chapters[0], last.chapters[1]];
    if (first.pages && last.pages) item.part.pages = [first.pages[0], last.pages[1]];
  }
  return item;
}
