import { resolveManifest, type ResolvedManifest } from './manifest/resolve-manifest';
import type { AnnouncedShow, Character, Episode, Film, Link, Novel, Pack, Season, Series, Show, Thread } from './schema';

export type ItemKind = 'show' | 'announced-show' | 'season' | 'episode' | 'film' | 'novel' | 'series' | 'character' | 'thread' | 'link';

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
  /** The pack's manifest with defaults filled in (a version-1 pack gets derived presets). */
  readonly manifest: ResolvedManifest;
  readonly kinds: ReadonlyMap<string, ItemKind>;
  readonly shows: ReadonlyMap<string, Show>;
  /** Shows announced without episodes (pack.announcedShows): not plannable, listed in the catalog and "Coming next". */
  readonly announcedShows: ReadonlyMap<string, AnnouncedShow>;
  readonly seasons: ReadonlyMap<string, SeasonRef>;
  readonly episodes: ReadonlyMap<string, EpisodeRef>;
  readonly novels: ReadonlyMap<string, Novel>;
  /** Feature films (pack.films): screen items a plan includes by id. */
  readonly films: ReadonlyMap<string, Film>;
  readonly series: ReadonlyMap<string, Series>;
  readonly characters: ReadonlyMap<string, Character>;
  readonly threads: ReadonlyMap<string, Thread>;
  /** Links touching an id, as either endpoint. */
  readonly linksOf: ReadonlyMap<string, readonly Link[]>;
  /**
   * Ids seen more than once within one namespace, in the order they were met. Items and link
   * endpoints (shows, seasons, episodes, films, novels, characters, links) share one namespace; series
   * and threads are separate vocabularies (a series "bosch" may sit beside the show "bosch").
   */
  readonly duplicateIds: readonly string[];
}

export function indexPack(pack: Pack): PackIndex {
  const kinds = new Map<string, ItemKind>();
  const duplicateIds: string[] = [];
  // Series and threads are only ever named by their own fields (novel.series, *.thread), so they
  // get their own namespaces; in `kinds` an item of the shared namespace wins over them.
  const seen = { item: new Set<string>(), series: new Set<string>(), thread: new Set<string>() };
  const namespaceOf = (kind: ItemKind) => (kind === 'series' || kind === 'thread' ? kind : 'item');
  const add = (id: string, kind: ItemKind) => {
    const namespace = seen[namespaceOf(kind)];
    if (namespace.has(id)) {
      duplicateIds.push(id);
      return;
    }
    namespace.add(id);
    if (namespaceOf(kind) === 'item' || !kinds.has(id)) kinds.set(id, kind);
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
  const films = byId(pack.films ?? [], 'film');
  const series = byId(pack.series, 'series');
  const characters = byId(pack.characters, 'character');
  const threads = byId(pack.threads, 'thread');
  byId(pack.links, 'link');
  const announcedShows = byId(pack.announcedShows ?? [], 'announced-show');
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
  return { pack, manifest: resolveManifest(pack), kinds, shows, announcedShows, seasons, episodes, novels, films, series, characters, threads, linksOf, duplicateIds };
}
