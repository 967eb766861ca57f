import type { PackIndex } from '../pack/pack-index';
import type { Link } from '../pack/schema';
import type { CollectedItems } from './collect-items';
import type { EpisodeItem, ReadingItem } from './order-item';
import { chapterSpan, firstEndingAfter } from './chapter-span';

/**
 * Threads each item carries. An episode: its own thread tags and the threads of links that touch
 * it; the threads of links to its season only when no episode of the season carries tags (once
 * the episodes are tagged, an untagged one is unknown, not "whatever the season has").
 * A reading block: threads of the segments (their main and woven threads) and chapter-level links
 * it overlaps; only when it overlaps none of those, the threads of whole-novel links. Sweeps keep
 * this linear in the number of (block, segment/link) overlaps.
 */
export function collectThreads(index: PackIndex, collected: CollectedItems): Map<ReadingItem | EpisodeItem, readonly string[]> {
  const rank = new Map(index.pack.threads.map((thread, i) => [thread.id, i]));
  const found = new Map<ReadingItem | EpisodeItem, readonly string[]>();
  // Threads are few per item: small sorted arrays beat sets here.
  const withThread = (list: readonly string[], thread: string | undefined): readonly string[] => {
    if (thread === undefined || list.includes(thread)) return list;
    return [...list, thread].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  };
  const add = (item: ReadingItem | EpisodeItem, thread: string | undefined) => {
    const list = found.get(item) ?? NONE;
    const next = withThread(list, thread);
    if (next !== list) found.set(item, next);
  };

  const seasonThreads = new Map<string, readonly string[]>();
  for (const item of collected.episodes.values()) {
    const { season, episode } = item.ref;
    let threads = seasonThreads.get(season.id);
    if (!threads) {
      threads = NONE;
      if (!season.episodes.some((other) => other.threads?.length)) {
        for (const link of index.linksOf.get(season.id) ?? []) threads = withThread(threads, link.thread);
      }
      seasonThreads.set(season.id, threads);
    }
    for (const tag of episode.threads ?? []) threads = withThread(threads, tag.thread);
    for (const link of index.linksOf.get(episode.id) ?? []) threads = withThread(threads, link.thread);
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
