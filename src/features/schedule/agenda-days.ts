import type { OrderEntry } from '../../domain/order/types';
import { summaryParts, type SummaryPart, type TitleLookup } from '../../domain/schedule/ical/day-labels';
import { entryOfItem } from '../../domain/schedule/item-entry';
import type { ScheduleFromToday } from '../../domain/schedule/schedule-from-today';
import type { Overrun } from '../../domain/schedule/types';
import { notableOverrun } from './schedule-format';

export interface AgendaItemModel {
  /** The entry to tick: what is left of the plan's entry, or just this part of a split reading block. */
  entry: OrderEntry;
  /** The plan's entry this item belongs to (its position decides spoiler safety). */
  source: OrderEntry;
  minutes: number;
}

export interface AgendaDay {
  date: string;
  /** Minutes of the items still to do that day. */
  minutes: number;
  budget: number;
  items: AgendaItemModel[];
  /** Today only: what today's share held and is already done (it keeps its time). */
  done: AgendaItemModel[];
  /** Minutes of `done`. */
  spent: number;
  /** Present when the day runs past its minutes by enough to say why (see notableOverrun). */
  overrun?: Overrun;
  /** The items as short runs for a calendar cell: "Bosch: Legacy" + "S3E1–E2". */
  parts: SummaryPart[];
}

/** The schedule's days with each item resolved to the entry its checkbox marks; today carries what is done. */
export function agendaDays(view: ScheduleFromToday, planEntries: readonly OrderEntry[], today: string, titles: TitleLookup): AgendaDay[] {
  const plan = new Map(planEntries.map((entry) => [entry.id, entry]));
  const left = new Map(view.entries.map((entry) => [entry.id, entry]));
  const done = view.doneToday.flatMap(({ entryId, entry }) => {
    const source = plan.get(entryId);
    return source ? [{ entry, source, minutes: entry.minutes }] : [];
  });
  const days: AgendaDay[] = view.schedule.days.map((day) => ({
    date: day.date,
    minutes: day.minutes,
    budget: day.budget,
    items: day.items.flatMap((item) => {
      const entry = left.get(item.entryId);
      const source = plan.get(item.entryId);
      return entry && source ? [{ entry: entryOfItem(item, entry), source, minutes: item.minutes }] : [];
    }),
    done: [],
    spent: day.spent ?? 0,
    ...(notableOverrun(day) ? { overrun: day.overrun } : {}),
    parts: summaryParts(day.items, left, titles),
  }));
  if (done.length > 0) {
    const first = days[0];
    if (first?.date === today) first.done = done;
    else days.unshift({ date: today, minutes: 0, budget: 0, items: [], done, spent: done.reduce((sum, item) => sum + item.minutes, 0), parts: [] });
  }
  return days;
}
