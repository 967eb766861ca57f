import { foldText } from '../text/fold-text';
import type { HelixMark } from './types';

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Where a mark stands for arrow-key moves: its centre, or for a mark holding others, its start (so → enters it). */
function spot(mark: HelixMark, parents: ReadonlySet<string>): { x: number; y: number } {
  if (parents.has(mark.id)) return { x: mark.x + 2, y: mark.y + mark.height / 2 };
  return { x: mark.x + mark.width / 2, y: mark.y + mark.height / 2 };
}

/** The gap between [a, a + la] and [b, b + lb]: 0 when they overlap. */
function gap(a: number, la: number, b: number, lb: number): number {
  return Math.max(0, b - (a + la), a - (b + lb));
}

/**
 * The mark an arrow key moves to: the nearest one that lies in that direction. Distance along the direction
 * counts once, the gap across it (0 when the two overlap, e.g. a lane below spanning the same years) three
 * times, so → stays on the row and ↓ goes to what lies under the mark; a mark holding others loses a tie to
 * them. Null at the edge of the picture.
 */
export function neighbour(marks: readonly HelixMark[], fromId: string, direction: Direction): HelixMark | null {
  const parents = new Set(marks.flatMap((m) => (m.parent ? [m.parent] : [])));
  const from = marks.find((m) => m.id === fromId);
  if (!from) return null;
  const origin = spot(from, parents);
  const horizontal = direction === 'left' || direction === 'right';
  let best: HelixMark | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const mark of marks) {
    if (mark.id === fromId) continue;
    const p = spot(mark, parents);
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    if (along <= 0.5) continue;
    const across = horizontal ? gap(from.y, from.height, mark.y, mark.height) : gap(from.x, from.width, mark.x, mark.width);
    const cost = along + across * 3 + (parents.has(mark.id) ? 1 : 0);
    if (cost < bestCost || (cost === bestCost && best && mark.id < best.id)) {
      best = mark;
      bestCost = cost;
    }
  }
  return best;
}

/** Marks in reading order: top to bottom by row, then left to right (Home, End and Tab-in start here). */
export function readingOrder(marks: readonly HelixMark[]): HelixMark[] {
  return [...marks].sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
}

/**
 * Type-ahead: the next mark after `afterId` (in reading order, wrapping round) whose name starts with the
 * typed text, ignoring case and accents; a word inside the name counts too ("star" finds Desert Star).
 */
export function findByName(marks: readonly HelixMark[], typed: string, afterId: string | null): HelixMark | null {
  const wanted = foldText(typed.trim());
  if (!wanted) return null;
  const ordered = readingOrder(marks);
  const start = afterId ? ordered.findIndex((m) => m.id === afterId) + 1 : 0;
  const rotated = [...ordered.slice(start), ...ordered.slice(0, start)];
  const starts = (mark: HelixMark) => foldText(mark.label).startsWith(wanted);
  const word = (mark: HelixMark) => foldText(mark.label).split(/[\s,(]+/).some((w) => w.startsWith(wanted));
  return rotated.find(starts) ?? rotated.find(word) ?? null;
}
