import type { OrderEntry } from '../order/types';
import type { ScheduledItem } from './types';

/**
 * The entry a scheduled item stands for. A part of a split reading block becomes an entry of its
 * own chapters or pages (id `<block id>~<part>`), so ticking it marks just that part.
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
