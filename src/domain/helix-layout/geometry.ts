import type { HelixMark, HelixPoint } from './types';

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

/** A label cut to fit `width` at an average glyph width, with an ellipsis; '' when under 3 glyphs fit. */
export function fitLabel(text: string, width: number, glyph = 6): string {
  const room = Math.floor((width - 6) / glyph);
  if (room >= text.length) return text;
  if (room < 3) return '';
  return `${text.slice(0, room - 1).trimEnd()}…`;
}

/** The point on a mark's top or bottom edge at fraction `f` of its width. */
export function edgePoint(mark: HelixMark, f: number, edge: 'top' | 'bottom'): HelixPoint {
  const clamped = Math.min(1, Math.max(0, f));
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

export function overlaps(a: { x: number; width: number; y: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
