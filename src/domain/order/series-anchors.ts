import type { PackIndex } from '../pack/pack-index';
import { ownKey } from './anchor-key';
import type { OrderItem } from './order-item';

/** The group an item belongs to in the series strategy: its show, or its novel's first series. */
export function seriesGroupOf(item: OrderItem): string {
  return item.kind === 'episode' ? item.ref.show.id : (item.block.novel.series[0] ?? item.block.novel.id);
}

/**
* series: one group after another (a show, or a novel series; an id naming both is one group), listed groups first in the user's order, then the others by
 * their first release (group id on equal dates); by date inside a group. Returns the phrase
 * each item's reason starts with.
 */
export function anchorSeries(index: PackIndex, items: readonly OrderItem[], seriesOrder: readonly string[]): (item: OrderItem) => string {
  const firstDay = new Map<string, number>();
  for (const item of items) {
    const group = seriesGroupOf(item);
    firstDay.set(group, Math.min(firstDay.get(group) ?? Infinity, item.ownDay));
  }
  const listed = [...new Set(seriesOrder)].filter((id) => firstDay.has(id));
  const listedSet = new Set(listed);
  const unlisted = [...firstDay.keys()]
    .filter((id) => !listedSet.has(id))
    .sort((a, b) => {
      const dayA = firstDay.get(a) ?? Infinity;
      const dayB = firstDay.get(b) ?? Infinity;
      return dayA < dayB ? -1 : dayA > dayB ? 1 : a < b ? -1 : a > b ? 1 : 0;
    });
  const rank = new Map([...listed, ...unlisted].map((id, i) => [id, i]));
  for (const item of items) item.key = ownKey(rank.get(seriesGroupOf(item)) ?? 0, item.ownDay, item.ordinal);

  const total = rank.size;
  return (item) => {
    const group = seriesGroupOf(item);
    const title = item.kind === 'episode'
      ? (index.shows.get(group)?.title ?? group)
      : (index.series.get(group)?.title ?? group);
    const kind = item.kind === 'episode' ? '' : ' novels';
    return `${title}${kind} (series ${(rank.get(group) ?? 0) + 1} of ${total})`;
  };
}
