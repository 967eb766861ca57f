import { LABEL_GAP, LABEL_SIZE, LEADING } from './constants';
import { centredBaseline, round, type Box } from './geometry';
import { textWidth } from './text-measure';
import type { HelixText } from './types';

export interface PlacedLabel {
  text: HelixText | null;
  /** The horizontal span the mark and its label take together, for packing marks into rows. */
  left: number;
  right: number;
}

/**
 * A label for a mark on a horizontal lane: inside the mark when one of `candidates` fits there (shortest
 * last; never for a mark that holds others), else the first candidate beside it, on the right or, near the right edge, on the left, within
 * [minX, maxX]. Null text when there is no room: the mark's name is then on its card, never cut short.
 */
export function placeLabel(mark: Box, candidates: readonly string[], minX: number, maxX: number, options: { inside?: boolean } = {}, size = LABEL_SIZE): PlacedLabel {
  const baseline = centredBaseline(mark.y + mark.height / 2, size);
  const span = { left: mark.x, right: mark.x + mark.width };
  for (const candidate of options.inside === false ? [] : candidates) {
    if (textWidth(candidate, size) + LABEL_GAP * 2 <= mark.width) {
      return { ...span, text: { lines: [candidate], x: round(mark.x + LABEL_GAP), y: baseline, size, leading: LEADING } };
    }
  }
  const first = candidates[0];
  if (!first) return { ...span, text: null };
  const width = textWidth(first, size);
  const rightX = mark.x + mark.width + LABEL_GAP;
  if (rightX + width <= maxX) return { left: span.left, right: rightX + width, text: { lines: [first], x: round(rightX), y: baseline, size, leading: LEADING } };
  const leftX = mark.x - LABEL_GAP - width;
  if (leftX >= minX) return { left: leftX, right: span.right, text: { lines: [first], x: round(leftX), y: baseline, size, leading: LEADING } };
  return { ...span, text: null };
}
