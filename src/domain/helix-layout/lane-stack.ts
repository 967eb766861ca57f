import { LANE_PAD, MARK_HEIGHT, ROW_GAP } from './constants';
import { packRows, round } from './geometry';
import type { HelixLane, HelixLaneKind, HelixMark } from './types';

export interface LaneDraft {
  id: string;
  label: string;
  kind: HelixLaneKind;
  /** Top-level marks with x and width set; y is set here. */
  marks: HelixMark[];
}

/**
 * Stacks lanes top to bottom. Within a lane, marks sorted by x are packed into rows so that no two
 * overlap; each lane is as tall as its rows. Returns the lanes and the y just below the last one.
 */
export function stackLanes(drafts: readonly LaneDraft[], top: number, gap: number): { lanes: HelixLane[]; marks: HelixMark[]; bottom: number } {
  const lanes: HelixLane[] = [];
  const marks: HelixMark[] = [];
  let y = top;
  for (const draft of drafts) {
    if (draft.marks.length === 0) continue;
    const sorted = [...draft.marks].sort((a, b) => a.x - b.x);
    const rows = packRows(sorted, gap);
    const rowCount = Math.max(...rows) + 1;
    sorted.forEach((mark, i) => {
      marks.push({ ...mark, lane: draft.id, y: round(y + LANE_PAD + (rows[i] ?? 0) * (MARK_HEIGHT + ROW_GAP)) });
    });
    const height = LANE_PAD * 2 + rowCount * MARK_HEIGHT + (rowCount - 1) * ROW_GAP;
    lanes.push({ id: draft.id, label: draft.label, kind: draft.kind, y: round(y), height });
    y += height;
  }
  return { lanes, marks, bottom: y };
}
