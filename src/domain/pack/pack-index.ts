import type { Character, Episode, Link, Novel, Pack, Season, Series, Show, Thread } from './schema';

export type ItemKind = 'show' | 'season' | 'episode' | 'novel' | 'series' | 'character' | 'thread' | 'link';

export interface EpisodeRef {
  episode: Episode;
  season: Season;
  show: Show;
}

export interface SeasonRef {
  season: Season;
  show: Show;
}

/** Look-up tables over a pack, built once per pack (O(n)). */
export interface PackIndex {
  readonly pack: Pack;
  readonly kinds: ReadonlyMap<string, ItemKind>;
  readonly shows: ReadonlyMap<string, Show>;
  readonly seasons: ReadonlyMap<string, SeasonRef>;
  readonly episodes: ReadonlyMap<string, EpisodeRef>;
  readonly novels: ReadonlyMap<string, Novel>;
  readonly series: ReadonlyMap<string, Series>;
  readonly characters: ReadonlyMap<string, Character>;
  readonly threads: ReadonlyMap<string, Thread>;
  /** Links touching an id, as either endpoint. */
  readonly linksOf: ReadonlyMap<string, readonly Link[]>;
  /** Ids seen more than once, in the order they were met. */
  readonly duplicateIds: readonly string[];
}

export function indexPack(pack: Pack): PackIndex {
  const kinds = new Map<string, ItemKind>();
  const duplicateIds: string[] = [];
  const add = (id: string, kind: ItemKind) => {
    if (kinds.has(id)) duplicateIds.push(id);
    else kinds.set(id, kind);
  };
  const shows = new Map<string, Show>();
  const seasons = new Map<string, SeasonRef>();
  const episodes = new Map<string, EpisodeRef>();
  for (const show of pack.shows) {
    add(show.id, 'show');
    shows.set(show.id, show);
    for (const season of show.seasons) {
      add(season.id, 'season');
      seasons.set(season.id, { season, show });
      for (const episode of season.episodes) {
        add(episode.id, 'episode');
        episodes.set(episode.id, { episode, season, show });
      }
    }
  }
  const byId = <T extends { id: string }>(items: readonly T[], kind: ItemKind) => {
    const map = new Map<string, T>();
    for (const item of items) {
      add(item.id, kind);
      map.set(item.id, item);
    }
    return map;
  };
  const novels = byId(pack.novels, 'novel');
  const series = byId(pack.series, 'series');
  const characters = byId(pack.characters, 'character');
  const threads = byId(pack.threads, 'thread');
  byId(pack.links, 'link');
  const linksOf = new Map<string, Link[]>();
  const touch = (id: string, link: Link) => {
    const list = linksOf.get(id);
    if (list) list.push(link);
    else linksOf.set(id, [link]);
  };
  for (const link of pack.links) {
    touch(link.from, link);
    if (link.to !== link.from) touch(link.to, link);
  }
  return { pack, kinds, shows, seasons, episodes, novels, series, characters, threads, linksOf, duplicateIds };
}
