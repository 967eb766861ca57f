import { downloadText } from '../../ui/download';
import type { OrderEntry } from '../../domain/order/types';
import type { PackIndex } from '../../domain/pack/pack-index';
import type { Plan } from '../../domain/plan/plan';
import type { DoneDay } from '../../domain/schedule/done-days';
import type { Schedule, ScheduledItem } from '../../domain/schedule/types';
import { slugify } from './schedule-format';

export interface CalendarContent {
  /** What is left, from today. */
  schedule: Schedule;
  /** Every entry an item may refer to, by id (what is left of a block in place of the whole block). */
  entries: readonly OrderEntry[];
  /** Days you finished items on, as past events; absent for upcoming days only. */
  doneDays?: readonly DoneDay[];
  /** Items to name by code alone (spoiler safety). */
  hideTitle?: (item: ScheduledItem) => boolean;
}

/** Builds the plan's .ics and hands it to the browser as a download. The writer loads on first use. */
export async function downloadCalendar(plan: Plan, content: CalendarContent, index: PackIndex): Promise<string> {
  const { toICalendar } = await import('../../domain/schedule/ical/to-icalendar');
  const text = toICalendar(content.schedule, {
    planId: plan.id,
    planName: plan.name,
    uidDomain: location.hostname || 'helix.local',
    now: new Date(),
    entries: content.entries,
    titles: {
      show: (id) => index.shows.get(id)?.title,
      novel: (id) => index.novels.get(id)?.title,
    },
    ...(content.hideTitle ? { hideTitle: content.hideTitle } : {}),
    ...(content.doneDays ? { doneDays: content.doneDays } : {}),
  });
  const fileName = `helix-${slugify(plan.name)}.ics`;
  downloadText(fileName, text, 'text/calendar;charset=utf-8');
  return fileName;
}
