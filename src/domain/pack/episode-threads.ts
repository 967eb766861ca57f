import type { PackIndex } from './pack-index';
import type { Episode, Season } from './schema';

const NONE: readonly string[] = [];

/** Thread ids by their place in the pack's thread list, for sorting a handful of them. */
export function threadRanks(index: PackIndex): ReadonlyMap<string, number> {
  return new Map(index.pack.threads.map((thread, i) => [thread.id, i]));
}

/**
 * `list` with `thread` added in pack order, or `list` itself when there is nothing to add. Threads
 * are few per item: a small sorted array beats a set, and an unchanged list allocates nothing.
 */
export function withThread(list: readonly string[], thread: string | undefined, rank: ReadonlyMap<string, number>): readonly string[] {
  if (thread === undefined || list.includes(thread)) return list;
  return [...list, thread].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The story threads an episode carries on screen, in pack order: its own thread tags and the threads
 * of links that touch it, plus the threads of links to its season only while no episode of that season
 * is tagged. Once one is, an untagged episode's case is unknown, not "whatever the season has"
 * (docs/data-pack.md): Bosch: Legacy S3E10 carries no Gallagher thread although its season does.
 * The order engine and the Helix picture both read episodes through this. The lookup remembers each
 * season's share, so a whole pack costs O(episodes + links).
 */
export function episodeThreadLookup(index: PackIndex, rank = threadRanks(index)): (season: Season, episode: Episode) => readonly string[] {
  const fromSeason = new Map<string, readonly string[]>();
  return (season, episode) => {
    let threads = fromSeason.get(season.id);
    if (!threads) {
      threads = NONE;
      if (!season.episodes.some((other) => other.threads?.length)) {
        for (const link of index.linksOf.get(season.id) ?? []) threads = withThread(threads, link.thread, rank);
      }
      fromSeason.set(season.id, threads);
    }
    for (const tag of episode.threads ?? []) threads = withThread(threads, tag.thread, rank);
    for (const link of index.linksOf.get(episode.id) ?? []) threads = withThread(threads, link.thread, rank);
    return threads;
  };
}
