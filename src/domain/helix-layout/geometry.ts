import { textWidth } from './text-measure';
import type { HelixMark, HelixPoint, HelixText } from './types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rounds to 1/100 of a unit so layouts compare exactly and serialise short. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Greedy row packing: each item (in the given order, sorted by x) takes the first row whose last
 * item ends at least `gap` before it starts. Deterministic, and items in one row never overlap.
 */
export function packRows(items: readonly { x: number; width: number }[], gap: number): number[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => end + gap <= item.x);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(item.x + item.width);
    } else rowEnds[row] = item.x + item.width;
    return row;
  });
}

export type Edge = 'top' | 'bottom' | 'left' | 'right';

/** The point on a mark's edge at fraction `f` along it (left to right, or top to bottom). */
export function edgePoint(mark: HelixMark, f: number, edge: Edge): HelixPoint {
  const clamped = Math.min(1, Math.max(0, f));
  if (edge === 'left' || edge === 'right') return { x: round(edge === 'left' ? mark.x : mark.x + mark.width), y: round(mark.y + mark.height * clamped) };
  return { x: round(mark.x + mark.width * clamped), y: round(edge === 'top' ? mark.y : mark.y + mark.height) };
}

/** A cubic Bézier between two points: vertical tangents, or an arch above when both lie on one height. */
export function curvePath(start: HelixPoint, end: HelixPoint): string {
  if (Math.abs(start.y - end.y) < 1) {
    const lift = Math.max(24, Math.abs(end.x - start.x) / 4);
    return `M${start.x} ${start.y}C${start.x} ${round(start.y - lift)} ${end.x} ${round(end.y - lift)} ${end.x} ${end.y}`;
  }
  const mid = round((start.y + end.y) / 2);
  return `M${start.x} ${start.y}C${start.x} ${mid} ${end.x} ${mid} ${end.x} ${end.y}`;
}

/** A cubic Bézier with horizontal tangents; both ends on one side (`bulge` set) make a loop out to that side. */
export function sidewaysPath(start: HelixPoint, end: HelixPoint, bulge?: number): string {
  if (bulge !== undefined) return `M${start.x} ${start.y}C${round(start.x + bulge)} ${start.y} ${round(end.x + bulge)} ${end.y} ${end.x} ${end.y}`;
  const mid = round((start.x + end.x) / 2);
  return `M${start.x} ${start.y}C${mid} ${start.y} ${mid} ${end.y} ${end.x} ${end.y}`;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Baseline offset that centres one line of `size` px text on a middle line. */
export function centredBaseline(middle: number, size: number): number {
  return round(middle + size * 0.35);
}

/** The box a text covers (lines from the first baseline: ascent ≈ 0.8 em, descent ≈ 0.25 em). */
export function textBox(text: HelixText): Box {
  const width = Math.max(...text.lines.map((line) => textWidth(line, text.size, text.bold)));
  const top = text.y - text.size * 0.8;
  return { x: text.x, y: round(top), width: round(width), height: round(text.size * 1.05 + (text.lines.length - 1) * text.leading) };
}
