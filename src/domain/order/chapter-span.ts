import type { ReadingBlock } from './reading-blocks';

/**
 * A block's extent in continuous chapter coordinates (chapter k covers [k-1, k)), used to match
 * blocks against chapter ranges of links and segments. Page blocks of a novel whose chapter
 * count is known map proportionally (placement only: no chapter number is ever shown for them).
 * Undefined when the block cannot be placed inside the novel.
 */
export function chapterSpan(block: ReadingBlock): readonly [number, number] | undefined {
  if (block.chapters) return [block.chapters[0] - 1, block.chapters[1]];
  const count = block.novel.chapters;
  const total = block.novel.pages;
  if (block.pages && count !== undefined && total !== undefined) {
    return [((block.pages[0] - 1) / total) * count, (block.pages[1] / total) * count];
  }
  return undefined;
}

/** Index of the first span ending after `from`; spans are in order and do not overlap. */
export function firstEndingAfter(spans: readonly (readonly [number, number] | undefined)[], from: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const span = spans[mid];
    if (span && span[1] <= from) low = mid + 1;
    else high = mid;
  }
  return low;
}
