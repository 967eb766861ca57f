import type { PackIndex } from '../pack/pack-index';
import { dateSortKey } from '../pack/partial-date';
import { ownKey } from './anchor-key';
import type { EpisodeItem, OrderItem, ReadingItem } from './order-item';
import { cutNovel } from './reading-blocks';
import type { OrderSpec } from './types';

export interface CollectedItems {
  /** All items, by ordinal. */
  readonly items: readonly OrderItem[];
  /** One chain per show (its episodes in order) and per novel (its blocks in order). */
  readonly chains: readonly (readonly OrderItem[])[];
  readonly episodes: ReadonlyMap<string, EpisodeItem>;
  /** Included episodes of each season, in order. */
  readonly seasonEpisodes: ReadonlyMap<string, readonly EpisodeItem[]>;
  readonly novelBlocks: ReadonlyMap<string, readonly ReadingItem[]>;
}

/**
 * Turns the selection into items and chains. Ordinals (the final tie-breaker) follow the pack:
 * shows as listed with their episodes in order, then novels by publication date (pack order on
 * equal dates) with their blocks in order, so a chain's ordinals always rise.
 */
export function collectItems(index: PackIndex, spec: OrderSpec): CollectedItems {
  const include = new Set(spec.include);
  const items: OrderItem[] = [];
  const chains: OrderItem[][] = [];
  const episodes = new Map<string, EpisodeItem>();
  const seasonEpisodes = new Map<string, EpisodeItem[]>();
  const novelBlocks = new Map<string, ReadingItem[]>();

  // Many episodes share a release date: parse each date once.
  const days = new Map<string, number>();
  const dayOf = (date: string) => {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = dateSortKey(date)));
    return day;
  };
  for (const show of index.pack.shows) {
    const chain: EpisodeItem[] = [];
    let lastDay = Infinity;
    for (const season of show.seasons) {
      const inSeason = include.has(show.id) || include.has(season.id);
      const seasonDay = season.premiere !== undefined ? dayOf(season.premiere) : undefined;
      for (const episode of season.episodes) {
        // An episode without a date takes its season's premiere, else the previous episode's date.
        const day = episode.released !== undefined ? dayOf(episode.released) : (seasonDay ?? lastDay);
        lastDay = day;
        if (!inSeason && !include.has(episode.id)) continue;
        const ordinal = items.length;
        const item: EpisodeItem = {
          kind: 'episode',
          ordinal,
          chain: chains.length,
          step: chain.length,
          ref: { episode, season, show },
          ownDay: day,
          key: ownKey(0, day, ordinal),
          linked: false,
          // Every field present from the start keeps one object shape for all items (faster access).
          pulledBefore: undefined,
          heldAfter: undefined,
          position: -1,
          leadFrom: undefined,
          leadLoopFrom: undefined,
          leadsInto: undefined,
        };
        items.push(item);
        chain.push(item);
        episodes.set(episode.id, item);
        const list = seasonEpisodes.get(season.id);
        if (list) list.push(item);
        else seasonEpisodes.set(season.id, [item]);
      }
    }
    if (chain.length > 0) chains.push(chain);
  }

  const novels = index.pack.novels
    .map((novel, position) => ({ novel, position, day: dateSortKey(novel.published) }))
    .filter(({ novel }) => include.has(novel.id))
    .sort((a, b) => a.day - b.day || a.position - b.position);
  for (const { novel, day } of novels) {
    if (novelBlocks.has(novel.id)) continue;
    const chain: ReadingItem[] = cutNovel(novel, spec.readingGranularity).map((block, step) => {
      const ordinal = items.length + step;
      return {
        kind: 'reading', ordinal, chain: chains.length, step, block, ownDay: day, key: ownKey(0, day, ordinal), linked: false,
        pulledBefore: undefined, heldAfter: undefined, position: -1, placement: undefined,
      };
    });
    items.push(...chain);
    chains.push(chain);
    novelBlocks.set(novel.id, chain);
  }
  return { items, chains, episodes, seasonEpisodes, novelBlocks };
}
