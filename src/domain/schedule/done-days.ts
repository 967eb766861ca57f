import type { OrderEntry } from '../order/types';
import { createProgressLookup, isEntryDone } from '../progress/progress-ids';
import { doneIdSet, type ProgressMap } from '../progress/progress-map';
import { calendarDateOf } from './calendar-date';
import { doneTimeOf } from './done-times';
import type { ScheduledItem } from './types';

/** The items of a plan you finished on one calendar day. */
export interface DoneDay {
  date: string;
  items: ScheduledItem[];
}

/**
 * The plan's done entries grouped by the local date they were ticked off, earliest first, each day
 * in plan order: what a calendar shows as past events. Entries with no dated mark are left out.
 */
export function doneDays(entries: readonly OrderEntry[], progress: ProgressMap): DoneDay[] {
  const lookup = createProgressLookup(doneIdSet(progress));
  const byDate = new Map<string, ScheduledItem[]>();
  for (const entry of entries) {
    if (!isEntryDone(entry, lookup)) continue;
    const at = doneTimeOf(entry, progress);
    if (at === undefined) continue;
    const date = calendarDateOf(at);
    const item: ScheduledItem = { entryId: entry.id, title: entry.title, minutes: entry.minutes };
    const items = byDate.get(date);
    if (items) items.push(item);
    else byDate.set(date, [item]);
  }
  return [...byDate.keys()].sort().map((date) => ({ date, items: byDate.get(date)! }));
}
