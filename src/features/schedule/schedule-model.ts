import type { OrderEntry } from '../../domain/order/types';
import type { Pace } from '../../domain/plan/plan';
import { createProgressLookup, isEntryDone } from '../../domain/progress/progress-ids';
import type { ProgressMap } from '../../domain/progress/progress-map';
import { buildSchedule } from '../../domain/schedule/build-schedule';
import { calendarDateToNoon } from '../../domain/schedule/calendar-date';
import type { Schedule, ScheduledItem } from '../../domain/schedule/types';

export interface LaidOut {
  /** The entries on the schedule: the plan's entries minus those finished before the start date. */
  entries: OrderEntry[];
  schedule: Schedule;
}

/**
 * The schedule as shown. Entries finished before the start date are left out (that is what
 * "re-plan from today" relies on); entries ticked since the start keep their day, so ticking
 * an item does not make the whole agenda jump.
 */
export function laidOutSchedule(entries: readonly OrderEntry[], pace: Pace, startDate: string, progress: ProgressMap): LaidOut {
  const before = createProgressLookup(doneIdsBefore(progress, startOfDay(startDate)));
  const kept = entries.filter((entry) => !isEntryDone(entry, before));
  const schedule = buildSchedule(kept, pace, startDate, () => false, { splitReading: pace.splitReading ?? true });
  return { entries: kept, schedule };
}

/** Local midnight at the start of a calendar date, in epoch milliseconds. */
export function startOfDay(calendarDate: string): number {
  const noon = calendarDateToNoon(calendarDate);
  return new Date(noon.getFullYear(), noon.getMonth(), noon.getDate()).getTime();
}

function doneIdsBefore(progress: ProgressMap, instant: number): Set<string> {
  const ids = new Set<string>();
  for (const [id, mark] of progress) if (mark.done && mark.at < instant) ids.add(id);
  return ids;
}

/**
 * The entry a scheduled item stands for. A part of a split reading block becomes an entry of its
 * own chapters or pages, so ticking it marks just that part.
 */
export function entryOfItem(item: ScheduledItem, entry: OrderEntry): OrderEntry {
  if (!item.part || entry.kind !== 'reading') return entry;
  const { index, of, chapters, pages } = item.part;
  const span = (unit: string, one: string, [from, to]: readonly [number, number]) => (from === to ? `${one} ${from}` : `${unit} ${from}–${to}`);
  const range = chapters ? span('ch.', 'ch.', chapters) : pages ? span('pp.', 'p.', pages) : '';
  return {
    ...entry,
    id: `${entry.id}~${index}`,
    title: `${entry.title} (part ${index} of ${of}${range ? `: ${range}` : ''})`,
    minutes: item.minutes,
    ...(chapters ? { chapters } : {}),
    ...(pages ? { pages } : {}),
  };
}
