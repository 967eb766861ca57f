import type { PackIndex } from '../pack/pack-index';
import type { Link } from '../pack/schema';
import type { CollectedItems } from './collect-items';
import type { EpisodeItem, ReadingItem } from './order-item';
import { chapterSpan, firstEndingAfter } from './chapter-span';

/**
 * Threads each item carries. An episode: threads of the links that touch it or its season.
 * A reading block: threads of the segments and chapter-level links it overlaps; only when it
 * overlaps none of those, the threads of whole-novel links. Sweeps keep this linear in the
 * number of (block, segment/link) overlaps.
 */
export function collectThreads(index: PackIndex, collected: CollectedItems): Map<ReadingItem | EpisodeItem, string[]> {
  const found = new Map<ReadingItem | EpisodeItem, Set<string>>();
  const add = (item: ReadingItem | EpisodeItem, thread: string | undefined) => {
    if (thread === undefined) return;
    const set = found.get(item);
    if (set) set.add(thread);
    else found.set(item, new Set([thread]));
  };

  for (const item of collected.episodes.values()) {
    for (const id of [item.ref.episode.id, item.ref.season.id]) {
      for (const link of index.linksOf.get(id) ?? []) add(item, link.thread);
    }
  }

  const wholeLinks = new Map<string, Link[]>();
  for (const [novelId, blocks] of collected.novelBlocks) {
    const spans = blocks.map((item) => chapterSpan(item.block));
    const ranges: { range: readonly [number, number]; thread: string | undefined }[] = [];
    for (const segment of blocks[0]?.block.novel.segments ?? []) ranges.push({ range: segment.chapters, thread: segment.thread });
    for (const link of index.linksOf.get(novelId) ?? []) {
      if (link.from !== novelId || link.thread === undefined) continue;
      if (link.chapters) ranges.push({ range: link.chapters, thread: link.thread });
      else {
        const list = wholeLinks.get(novelId);
        if (list) list.push(link);
        else wholeLinks.set(novelId, [link]);
      }
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
      for (const link of wholeLinks.get(novelId) ?? []) add(item, link.thread);
    }
  }

  const rank = new Map(index.pack.threads.map((thread, i) => [thread.id, i]));
  const ordered = new Map<ReadingItem | EpisodeItem, string[]>();
  for (const [item, set] of found) {
    ordered.set(
      item,
      [...set].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
  return ordered;
}
