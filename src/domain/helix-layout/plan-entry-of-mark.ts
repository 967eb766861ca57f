import type { OrderEntry } from '../order/types';
import type { PackIndex } from '../pack/pack-index';
import type { HelixMark } from './types';

/**
 * The first entry of a plan that a mark stands for, or null when the plan does not hold it: an episode
 * or a film itself; a season's first episode in the plan; a novel's first reading block; for a chapter segment, the
 * first block that shares a chapter with it (else the novel's first block, when it is cut by pages).
 */
export function planEntryOfMark(index: PackIndex, mark: HelixMark, entries: readonly OrderEntry[]): OrderEntry | null {
  switch (mark.kind) {
    case 'episode':
    case 'film':
      return entries.find((e) => e.id === mark.itemId) ?? null;
    case 'season': {
      const ref = index.seasons.get(mark.itemId);
      if (!ref) return null;
      return entries.find((e) => e.kind === 'episode' && e.show === ref.show.id && e.season === ref.season.number) ?? null;
    }
    case 'novel':
    case 'segment': {
      const blocks = entries.filter((e) => e.kind === 'reading' && e.novel === mark.itemId);
      const range = mark.chapters;
      if (!range) return blocks[0] ?? null;
      const overlapping = blocks.find((e) => e.kind === 'reading' && (!e.chapters ? !e.pages : e.chapters[0] <= range[1] && range[0] <= e.chapters[1]));
      return overlapping ?? blocks[0] ?? null;
    }
    case 'character':
      return null;
  }
}
