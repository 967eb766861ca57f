import type { PackIndex } from '../pack/pack-index';
import { dateSortKey } from '../pack/partial-date';
import { ownKey } from './anchor-key';
import type { Novel } from '../pack/schema';
import type { EpisodeItem, FilmItem, OrderItem, ReadingItem } from './order-item';
import { cutNovel } from './reading-blocks';
import type { OrderSpec } from './types';

export interface CollectedItems {
  /** All items, by ordinal. */
  readonly items: readonly OrderItem[];
  /** One chain per show (its episodes in order) and per novel (its blocks in order). */
  readonly chains: readonly (readonly OrderItem[])[];
  /** Included novels in publication order (the order their chains and ordinals follow). */
  readonly novels: readonly Novel[];
  readonly episodes: ReadonlyMap<string, EpisodeItem>;
  /** Included episodes of each season, in order. */
  readonly seasonEpisodes: ReadonlyMap<string, readonly EpisodeItem[]>;
  readonly novelBlocks: ReadonlyMap<string, readonly ReadingItem[]>;
  /** Included films, in pack order: items without edges, placed after everything else is (see anchorFilms). */
  readonly films: readonly FilmItem[];
}

/**
 * Turns the selection into items, chains and the edges between them. Ordinals (the final
 * tie-breaker) follow the pack: shows as listed with their episodes in order, then novels in
 * publication order (partial dates as documented in partial-date.ts, pack order on equal dates)
 * with their blocks in order, then films in pack order (no edges: a film is one sitting). Edges: each chain's items in order, and for every novel series the
 * last block of each included novel before the first block of the next included one. All edges
 * run from a lower ordinal to a higher one, so the graph has no cycle.
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
          fixed: false,
          chainNext: undefined,
          seriesNext: undefined,
          waitingFor: 0,
          // Every field present from the start keeps one object shape for all items (faster access).
          pulledBefore: undefined,
          heldAfter: undefined,
          position: -1,
          leadFrom: undefined,
          leadLoopFrom: undefined,
          leadsInto: undefined,
        };
        const previous = chain[chain.length - 1];
        if (previous) link(previous, item);
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

  const seen = new Set<string>();
  const sorted = index.pack.novels
    .map((novel, position) => ({ novel, position, day: dateSortKey(novel.published) }))
    .filter(({ novel }) => include.has(novel.id) && !seen.has(novel.id) && seen.add(novel.id))
    // comparePartialDates, with each date parsed once: first day covered, then the more precise first.
    .sort((a, b) => a.day - b.day || b.novel.published.length - a.novel.published.length || a.position - b.position);
  const novels = sorted.map(({ novel }) => novel);
  // The last block of the latest included novel of each series, while walking in publication order.
  const seriesTail = new Map<string, ReadingItem>();
  for (const { novel, day } of sorted) {
    const chain: ReadingItem[] = cutNovel(novel, spec.readingGranularity).map((block, step) => {
      const ordinal = items.length + step;
      return {
        kind: 'reading', ordinal, chain: chains.length, step, block, ownDay: day, key: ownKey(0, day, ordinal), fixed: false,
        chainNext: undefined, seriesNext: undefined, waitingFor: 0, pulledBefore: undefined, heldAfter: undefined, position: -1, placement: undefined,
      };
    });
    chain.forEach((item, step) => {
      if (step > 0) link(chain[step - 1] as ReadingItem, item);
    });
    const first = chain[0];
    const last = chain[chain.length - 1];
    if (first && last) {
      for (const series of novel.series) {
        const tail = seriesTail.get(series);
        // A novel sharing two series with its predecessor gets one edge, named after the first.
        if (tail && !tail.seriesNext?.some((edge) => edge.item === first)) link(tail, first, series);
        seriesTail.set(series, last);
      }
    }
    items.push(...chain);
    chains.push(chain);
    novelBlocks.set(novel.id, chain);
  }
  const films: FilmItem[] = [];
  for (const film of index.pack.films ?? []) {
    if (!include.has(film.id)) continue;
    const ordinal = items.length;
    const day = dayOf(film.released);
    const adapts = (index.linksOf.get(film.id) ?? []).find((link) => link.type === 'adapts' && link.to === film.id);
    const item: FilmItem = {
      kind: 'film', ordinal, chain: chains.length, step: 0, film, novel: adapts && index.novels.get(adapts.from), ownDay: day, key: ownKey(0, day, ordinal), fixed: false,
      chainNext: undefined, seriesNext: undefined, waitingFor: 0, pulledBefore: undefined, heldAfter: undefined, position: -1, placement: undefined,
    };
    items.push(item);
    chains.push([item]);
    films.push(item);
  }
  return { items, chains, novels, episodes, seasonEpisodes, novelBlocks, films };
}

function link(from: OrderItem, to: OrderItem, series?: string): void {
  if (series === undefined) from.chainNext = to;
  else (from.seriesNext ??= []).push({ item: to, series });
  to.waitingFor++;
}
