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
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
