import type { PackIndex } from '../pack/pack-index';
import { chapterProgressId, type ProgressLookup } from '../progress/progress-ids';
import { chapterCount } from './novel-segments';
import type { HelixMark } from './types';

function chaptersDone(novelId: string, from: number, to: number, lookup: ProgressLookup): number {
  let done = 0;
  for (let chapter = from; chapter <= to; chapter++) if (lookup.done.has(chapterProgressId(novelId, chapter))) done++;
  return done;
}

/**
 * How much of a mark is done, 0 to 1, or null for marks that carry no progress (characters).
 * Seasons count episodes; novels and segments count chapters, or pages when chapters are unknown.
 */
export function markProgress(index: PackIndex, mark: HelixMark, lookup: ProgressLookup): number | null {
  switch (mark.kind) {
    case 'episode':
    case 'film':
      return lookup.done.has(mark.itemId) ? 1 : 0;
    case 'season': {
      const episodes = index.seasons.get(mark.itemId)?.season.episodes ?? [];
      if (episodes.length === 0) return 0;
      return episodes.filter((e) => lookup.done.has(e.id)).length / episodes.length;
    }
    case 'segment':
    case 'novel': {
      const novel = index.novels.get(mark.itemId);
      if (!novel) return 0;
      if (lookup.done.has(novel.id)) return 1;
      const total = chapterCount(index, novel);
      const range = mark.chapters ?? (total ? ([1, total] as const) : undefined);
      if (range) {
        const done = chaptersDone(novel.id, range[0], range[1], lookup);
        if (done > 0 || !novel.pages) return done / (range[1] - range[0] + 1);
      }
      if (!novel.pages) return 0;
      const pages = (lookup.pageRanges.get(novel.id) ?? []).reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, novel.pages ?? 0) - a + 1), 0);
      return Math.min(1, pages / novel.pages);
    }
    case 'character':
      return null;
  }
}
