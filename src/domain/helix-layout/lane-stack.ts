import { LANE_PAD, LANE_SIZE, LEADING, MARK_HEIGHT, PACK_GAP, ROW_GAP } from './constants';
import { packRows, round } from './geometry';
import { placeLabel } from './label-place';
import { wrapText } from './text-measure';
import type { HelixLane, HelixLaneKind, HelixMark, HelixText } from './types';

export interface LaneDraft {
  id: string;
  label: string;
  kind: HelixLaneKind;
  /** Top-level marks with x and width set (y is set here), each with its label candidates. */
  marks: { mark: HelixMark; labels: readonly string[]; holdsOthers?: boolean }[];
}

export interface LaneFrame {
  /** The width of the picture; marks and labels stay within [gutter, width - margin]. */
  width: number;
  gutter: number;
  margin: number;
}

/** A lane's name in the left gutter, wrapped onto up to three lines (cut by words, never mid-word). */
export function gutterText(label: string, y: number, gutter: number): HelixText {
  const room = gutter - 16;
  const lines = wrapText(label, room, LANE_SIZE, 3, true) ?? [label];
  return { lines, x: 8, y: round(y + LANE_PAD + 12), size: LANE_SIZE, bold: true, leading: LEADING };
}

/**
 * Stacks lanes top to bottom. In a lane, each mark takes its label (inside or beside it) and marks are packed
 * into rows by the span of mark plus label, so no label ever overlaps a mark or another label. A lane is as
 * tall as its rows, or its wrapped name. Returns the lanes, the placed marks and the y below the last lane.
 */
export function stackLanes(drafts: readonly LaneDraft[], top: number, frame: LaneFrame): { lanes: HelixLane[]; marks: HelixMark[]; bottom: number } {
  const lanes: HelixLane[] = [];
  const marks: HelixMark[] = [];
  const minX = frame.gutter;
  const maxX = frame.width - frame.margin;
  let y = top;
  for (const draft of drafts) {
    if (draft.marks.length === 0) continue;
    const placed = draft.marks.map(({ mark, labels, holdsOthers }) => ({ mark, label: placeLabel({ ...mark, y: 0, height: MARK_HEIGHT }, labels, minX, maxX, { inside: !holdsOthers }) }));
    placed.sort((a, b) => a.label.left - b.label.left || a.mark.x - b.mark.x);
    const rows = packRows(
      placed.map((p) => ({ x: p.label.left, width: p.label.right - p.label.left })),
      PACK_GAP,
    );
    const rowCount = Math.max(...rows) + 1;
    placed.forEach(({ mark, label }, i) => {
      const dy = round(y + LANE_PAD + (rows[i] ?? 0) * (MARK_HEIGHT + ROW_GAP));
      const text = label.text ? { ...label.text, y: round(label.text.y + dy) } : null;
      marks.push({ ...mark, lane: draft.id, y: dy, height: MARK_HEIGHT, text });
    });
    const name = gutterText(draft.label, y, frame.gutter);
    const rowsHeight = rowCount * MARK_HEIGHT + (rowCount - 1) * ROW_GAP;
    const nameHeight = 12 + (name.lines.length - 1) * LEADING + 4;
    const height = LANE_PAD * 2 + Math.max(rowsHeight, nameHeight);
    lanes.push({ id: draft.id, label: draft.label, kind: draft.kind, x: 0, y: round(y), width: frame.width, height, text: name });
    y += height;
  }
  return { lanes, marks, bottom: y };
}
