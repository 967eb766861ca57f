import type { OrderEntry } from '../../domain/order/types';
import type { Schedule } from '../../domain/schedule/types';
import { entryOfItem } from './schedule-model';

export interface AgendaItemModel {
  /** The entry to tick: the plan's entry, or just this part of a split reading block. */
  entry: OrderEntry;
  /** The plan's entry this item belongs to. */
  source: OrderEntry;
  minutes: number;
}

export interface AgendaDay {
  date: string;
  minutes: number;
  items: AgendaItemModel[];
}

/** The schedule's days with each item resolved to the entry its checkbox marks. */
export function agendaDays(schedule: Schedule, entries: readonly OrderEntry[]): AgendaDay[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return schedule.days.map((day) => ({
    date: day.date,
    minutes: day.minutes,
    items: day.items.flatMap((item) => {
      const source = byId.get(item.entryId);
      return source ? [{ entry: entryOfItem(item, source), source, minutes: item.minutes }] : [];
    }),
  }));
}
