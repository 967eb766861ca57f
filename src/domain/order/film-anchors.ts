import type { AnchorKey } from './anchor-key';
import type { CollectedItems } from './collect-items';
import type { Strategy } from './types';

/**
 * Places each film beside the novel it adapts, when the plan includes that novel: right after the
 * novel's last block where the strategy reads a source before its adaptation (book first, helix,
 * series), right before its first block in show first. Release order, and a film whose novel is not
 * in the plan, keep the film at its release date.
 *
 * Runs after propagation, on final keys. A film has no edges, so moving it never moves a book (series
 * order is untouched); its key sorts directly next to the block's key (same fields, `own` half a
 * step away), so nothing can come between them in the merge.
 */
export function anchorFilms(collected: CollectedItems, strategy: Strategy): void {
  if (strategy === 'release') return;
  const step = 0.5 / (collected.films.length + 1);
  collected.films.forEach((item, i) => {
    const blocks = item.novel ? collected.novelBlocks.get(item.novel.id) : undefined;
    const first = blocks?.[0];
    const last = blocks?.[blocks.length - 1];
    if (!first || !last) return;
    const before = strategy === 'show-first';
    item.placement = before ? 'before' : 'after';
    item.key = before ? beside(first.key, -0.5 + i * step) : beside(last.key, 0.5 + i * step);
  });
}

function beside(key: AnchorKey, by: number): AnchorKey {
  return { ...key, own: key.own + by };
}
