import { downloadText } from '../../ui/download';
import type { OrderEntry } from '../../domain/order/types';
import type { PackIndex } from '../../domain/pack/pack-index';
import type { Plan } from '../../domain/plan/plan';
import type { Schedule } from '../../domain/schedule/types';
import { slugify } from './schedule-format';

/** Builds the plan's .ics and hands it to the browser as a download. The writer loads on first use. */
export async function downloadCalendar(plan: Plan, schedule: Schedule, entries: readonly OrderEntry[], index: PackIndex): Promise<string> {
  const { toICalendar } = await import('../../domain/schedule/ical/to-icalendar');
  const text = toICalendar(schedule, {
    planId: plan.id,
    planName: plan.name,
    uidDomain: location.hostname || 'helix.local',
    now: new Date(),
    entries,
    titles: {
      show: (id) => index.shows.get(id)?.title,
      novel: (id) => index.novels.get(id)?.title,
    },
  });
  const fileName = `helix-${slugify(plan.name)}.ics`;
  downloadText(fileName, text, 'text/calendar;charset=utf-8');
  return fileName;
}
