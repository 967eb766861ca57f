import type { PackIndex } from '../pack/pack-index';
import { ownKey } from './anchor-key';
import type { OrderItem } from './order-item';

/** The groups an item may belong to in the series strategy: its show, each series of its novel, or (a film) of its novel. */
function candidatesOf(item: OrderItem): readonly string[] {
  if (item.kind === 'episode') return [item.ref.show.id];
  // A film joins the series of the novel it adapts (it is placed right after that novel); else a group of its own.
  if (item.kind === 'film') return item.novel?.series.length ? item.novel.series : [item.film.id];
  const series = item.block.novel.series;
  return series.length > 0 ? series : [item.block.novel.id];
}

/** Where the series strategy put one item, for its reason. */
export interface SeriesPlace {
  /** The group the item sits in: "Bosch", "Harry Bosch novels". */
  readonly title: string;
  /** 1-based rank among the groups that hold items, and how many groups there are. */
  readonly rank: number;
  readonly total: number;
  /** The item's own group, when the backward pass pulled it into an earlier one. */
  readonly ownTitle?: string;
}

/**
 * series: one group after another (a show, or a novel series; an id naming both is one group),
 * listed groups first in the user's order, then the others by their first release (group id on
 * equal dates); by date inside a group. A novel in several series joins the earliest-ranked of
 * them, so it is read with the first of its series the plan reaches. Returns where each item
 * sits, read after propagation: the backward pass may pull an earlier book of another series into
 * a group (series order is a hard rule), and the reason then says so.
 */
export function anchorSeries(index: PackIndex, items: readonly OrderItem[], seriesOrder: readonly string[]): (item: OrderItem) => SeriesPlace {
  const firstDay = new Map<string, number>();
  for (const item of items) {
    for (const group of candidatesOf(item)) firstDay.set(group, Math.min(firstDay.get(group) ?? Infinity, item.ownDay));
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
  const ids = [...listed, ...unlisted];
  const rank = new Map(ids.map((id, i) => [id, i]));
  const ownGroup = new Map<OrderItem, number>();
  for (const item of items) {
    let group = Infinity;
    for (const id of candidatesOf(item)) group = Math.min(group, rank.get(id) ?? Infinity);
    const kept = Number.isFinite(group) ? group : 0;
    ownGroup.set(item, kept);
    item.key = ownKey(kept, item.ownDay, item.ordinal);
  }
  // Ranks among the groups that hold items (a series that is always outranked holds none).
  const usedRanks = [...new Set(ownGroup.values())].sort((a, b) => a - b);
  const shown = new Map(usedRanks.map((group, i) => [group, i + 1]));
  const titleOf = (group: number, item: OrderItem) => {
    const id = ids[group] ?? '';
    if (item.kind === 'episode') return index.shows.get(id)?.title ?? id;
    if (item.kind === 'film' && !index.series.has(id)) return index.films.get(id)?.title ?? id;
    return `${index.series.get(id)?.title ?? index.novels.get(id)?.title ?? id} novels`;
  };
  // One place per (group, own group, kind): items share them, so reasons do not rebuild titles.
  const places = new Map<string, SeriesPlace>();
  return (item) => {
    const group = item.key.group;
    const own = ownGroup.get(item) ?? group;
    const cacheKey = `${group}|${own}|${item.kind}`;
    let place = places.get(cacheKey);
    if (!place) {
      const base = { title: titleOf(group, item), rank: shown.get(group) ?? 1, total: usedRanks.length };
      place = own === group ? base : { ...base, ownTitle: titleOf(own, item) };
      places.set(cacheKey, place);
    }
    return place;
  };
}
