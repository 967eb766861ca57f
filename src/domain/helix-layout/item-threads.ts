import { episodeThreadLookup, threadRanks, withThread } from '../pack/episode-threads';
import type { PackIndex } from '../pack/pack-index';
import type { Season } from '../pack/schema';

/** Thread ids on the links touching any of the ids, and on a novel's segments, in first-seen order. */
export function threadsOf(index: PackIndex, ids: readonly string[]): string[] {
  const threads = new Set<string>();
  for (const id of ids) {
    for (const segment of index.novels.get(id)?.segments ?? []) threads.add(segment.thread);
    for (const link of index.linksOf.get(id) ?? []) if (link.thread) threads.add(link.thread);
  }
  return [...threads];
}

/**
 * The threads of a season and of each of its episodes, read as the order engine reads them
 * (episodeThreadLookup): an episode has its own tags and links, and its season's links only while
 * none of the season's episodes is tagged. The season has its links' threads and all its episodes'.
 */
export function seasonThreads(index: PackIndex, season: Season): { season: readonly string[]; episodes: ReadonlyMap<string, readonly string[]> } {
  const rank = threadRanks(index);
  const ofEpisode = episodeThreadLookup(index, rank);
  const episodes = new Map<string, readonly string[]>();
  let all: readonly string[] = [];
  for (const link of index.linksOf.get(season.id) ?? []) all = withThread(all, link.thread, rank);
  for (const episode of season.episodes) {
    const threads = ofEpisode(season, episode);
    episodes.set(episode.id, threads);
    for (const thread of threads) all = withThread(all, thread, rank);
  }
  return { season: all, episodes };
}
