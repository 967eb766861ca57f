import { episodeThreadLookup, threadRanks, withThread } from '../pack/episode-threads';
import type { PackIndex } from '../pack/pack-index';
import type { Link } from '../pack/schema';
import type { CollectedItems } from './collect-items';
import type { EpisodeItem, ReadingItem } from './order-item';
import { chapterSpan, firstEndingAfter } from './chapter-span';

/**
 * Threads each item carries. An episode: see episodeThreadLookup (its tags and links; its season's
 * links only while no episode of the season is tagged).
 * A reading block: threads of the segments (their main and woven threads) and chapter-level links
 * it overlaps; only when it overlaps none of those, the threads of whole-novel links. Sweeps keep
 * this linear in the number of (block, segment/link) overlaps.
 */
export function collectThreads(index: PackIndex, collected: CollectedItems): Map<ReadingItem | EpisodeItem, readonly string[]> {
  const rank = threadRanks(index);
  const found = new Map<ReadingItem | EpisodeItem, readonly string[]>();
  const add = (item: ReadingItem | EpisodeItem, thread: string | undefined) => {
    const list = found.get(item) ?? NONE;
    const next = withThread(list, thread, rank);
    if (next !== list) found.set(item, next);
  };

  const threadsOfEpisode = episodeThreadLookup(index, rank);
  for (const item of collected.episodes.values()) {
    const threads = threadsOfEpisode(item.ref.season, item.ref.episode);
    if (threads.length > 0) found.set(item, threads);
  }

  for (const [novelId, blocks] of collected.novelBlocks) {
    const spans = blocks.map((item) => chapterSpan(item.block));
    const ranges: { range: readonly [number, number]; thread: string | undefined }[] = [];
    const wholeLinks: Link[] = [];
    for (const segment of blocks[0]?.block.novel.segments ?? []) {
      ranges.push({ range: segment.chapters, thread: segment.thread });
      for (const thread of segment.woven ?? []) ranges.push({ range: segment.chapters, thread });
    }
    for (const link of index.linksOf.get(novelId) ?? []) {
      if (link.from !== novelId || link.thread === undefined) continue;
      if (link.chapters) ranges.push({ range: link.chapters, thread: link.thread });
      else wholeLinks.push(link);
    }
    for (const { range, thread } of ranges) {
      const from = range[0] - 1;
      const to = range[1];
      if (spans[0] === undefined) {
        for (const item of blocks) add(item, thread);
        continue;
      }
      for (let i = firstEndingAfter(spans, from); i < blocks.length; i++) {
        const span = spans[i];
        if (!span || span[0] >= to) break;
        add(blocks[i] as ReadingItem, thread);
      }
    }
    for (const item of blocks) {
      if (found.has(item)) continue;
      for (const link of wholeLinks) add(item, link.thread);
    }
  }
  return found;
}

const NONE: readonly string[] = [];
