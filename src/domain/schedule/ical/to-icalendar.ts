import type { OrderEntry } from '../../order/types';
import { addCalendarDays } from '../calendar-date';
import type { DoneDay } from '../done-days';
import type { Schedule, ScheduledItem } from '../types';
import { labelItem, summarizeItems, type TitleLookup } from './day-labels';
import { escapeText, icsDate, icsUtcDateTime, serializeLines } from './ics-text';

export interface ICalendarOptions {
  /** Stable plan id: with the date it makes each event's UID, so re-imports update, not duplicate. */
  planId: string;
  planName: string;
  /** Right-hand side of every UID, e.g. the site's host name. */
  uidDomain: string;
  /** Time of export, written as DTSTAMP. */
  now: Date;
  /** The plan's entries, to label items by show, season, episode, chapters. */
  entries: readonly OrderEntry[];
  titles?: TitleLookup;
  /** One DESCRIPTION line per item; the default names the item, its part and its minutes. */
  describeItem?: (item: ScheduledItem, entry: OrderEntry | undefined) => string;
  /** Prefix of every SUMMARY. Default "Helix". */
  appName?: string;
  /**
   * Items whose title must stay out of the file (spoiler safety: a calendar's reminders show titles
   * long before you get there). The default description then names them by code alone ("Ballard S1E7").
   */
  hideTitle?: (item: ScheduledItem, entry: OrderEntry | undefined) => boolean;
  /** Days you already finished items on, written as past events marked done. Default none. */
  doneDays?: readonly DoneDay[];
}

const PRODID = '-//Helix//Watch and read planner//EN';

/**
 * An RFC 5545 calendar with one all-day event per scheduled day that has items (and, when asked,
 * one per day you finished items on, as past events).
 * Lines end in CRLF and are folded at 75 octets.
 */
export function toICalendar(schedule: Schedule, options: ICalendarOptions): string {
  const entriesById = new Map(options.entries.map((entry) => [entry.id, entry]));
  const appName = options.appName ?? 'Helix';
  const stamp = icsUtcDateTime(options.now);
  const hideTitle = options.hideTitle ?? (() => false);
  const describe =
    options.describeItem ??
    ((item: ScheduledItem, entry: OrderEntry | undefined) => defaultDescription(item, entry, options.titles, hideTitle(item, entry)));

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.planName)}`,
    `X-WR-CALNAME:${escapeText(options.planName)}`,
  ];
  const event = (uidKey: string, date: string, summary: string, description: string) =>
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${options.planId}-${uidKey}@${options.uidDomain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(date)}`,
      `DTEND;VALUE=DATE:${icsDate(addCalendarDays(date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      // An all-day reminder should not mark the whole day as busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  for (const day of options.doneDays ?? []) {
    if (day.items.length === 0) continue;
    const description = day.items.map((item) => `Done: ${describe(item, entriesById.get(item.entryId))}`).join('\n');
    // Its own UID space, so a done day and a planned day on the same date are two events.
    event(`done-${icsDate(day.date)}`, day.date, `${appName} (done): ${summarizeItems(day.items, entriesById, options.titles)}`, description);
  }
  for (const day of schedule.days) {
    if (day.items.length === 0) continue;
    const description = day.items.map((item) => describe(item, entriesById.get(item.entryId))).join('\n');
    event(icsDate(day.date), day.date, `${appName}: ${summarizeItems(day.items, entriesById, options.titles)}`, description);
  }
  lines.push('END:VCALENDAR');
  return serializeLines(lines);
}

function defaultDescription(item: ScheduledItem, entry: OrderEntry | undefined, titles: TitleLookup | undefined, hideTitle: boolean): string {
  const label = labelItem(item, entry, titles);
  const title = !hideTitle && item.title && item.title !== label ? `${label}: ${item.title}` : label;
  const part = item.part ? ` (part ${item.part.index} of ${item.part.of})` : '';
  const minutes = `${entry?.approximate ? '~' : ''}${Math.round(item.minutes)} min`;
  return `${title}${part}, ${minutes}`;
}
