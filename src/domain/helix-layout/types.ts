import type { LinkType } from '../pack/schema';

/** The shapes the Helix picture is drawn from. Coordinates are SVG user units = CSS px at the default view. */

export type HelixMode = 'time' | 'plan';

/** Lanes side by side on a time axis that runs left to right (wide screens) or top to bottom (phones). */
export type HelixOrientation = 'horizontal' | 'vertical';

export interface HelixOptions {
  /** x from release dates, or from the position in the active plan's order. */
  mode: HelixMode;
  /** Entry ids of the active plan in order (episode ids, `novel#from-to`, `novel#pN-M`, `novel`). */
  planOrder?: readonly string[];
  /** Lay out one season with its episodes and the chapter segments linked to it. */
  zoom?: { seasonId: string } | null;
  /** The width to fit, in px (the picture's frame); the layout is made for it at scale 1. Default 1100. */
  width?: number;
  /** Default: vertical below 600 px, else horizontal. A zoomed season is always horizontal. */
  orientation?: HelixOrientation;
}

/** Text set at a fixed size, one or more lines, `x` at the start of each line and `y` at the first baseline. */
export interface HelixText {
  lines: readonly string[];
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  /** Line-to-line distance. */
  leading: number;
}

export type HelixLaneKind = 'show' | 'films' | 'series' | 'season' | 'novel' | 'characters' | 'column';

export interface HelixLane {
  id: string;
  label: string;
  kind: HelixLaneKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the lane's name is drawn: in the left gutter, or (vertical) as a column heading. */
  text: HelixText;
}

export type HelixMarkKind = 'season' | 'episode' | 'film' | 'novel' | 'segment' | 'character';

export interface HelixMark {
  /** Unique within the layout: the pack id, or `novel#from-to` for a chapter segment. */
  id: string;
  /** The pack record the mark stands for (the novel for a segment). */
  itemId: string;
  kind: HelixMarkKind;
  lane: string;
  /** Set on marks drawn inside another mark (episodes in a season, segments in a novel). */
  parent?: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Full name, e.g. "Desert Star, ch. 38–54". */
  label: string;
  /** The label as drawn (inside the mark or beside it), whole and never overlapping another mark; null when it has no room. */
  text: HelixText | null;
  /** Release or publication date (partial date), when known. */
  date?: string;
  /** Inclusive chapter range of a segment. */
  chapters?: readonly [number, number];
  /** Thread ids the mark carries. */
  threads: readonly string[];
  /** The size came from a default, not from the pack (unknown page or episode count). */
  approximate: boolean;
}

export interface HelixPoint {
  x: number;
  y: number;
}

export interface HelixLink {
  /** The pack link's id. */
  id: string;
  type: LinkType;
  from: string;
  to: string;
  /** SVG path data (a cubic Bézier). */
  d: string;
  start: HelixPoint;
  end: HelixPoint;
  thread?: string;
  /** The thread's colour, or null for a neutral stroke. */
  color: string | null;
  dotted: boolean;
  arrow: boolean;
}

/** A time (or plan position) gridline with its label. */
export interface HelixTick {
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  text: HelixText;
}

export interface HelixLayout {
  mode: HelixMode | 'zoom';
  orientation: HelixOrientation;
  lanes: HelixLane[];
  marks: HelixMark[];
  links: HelixLink[];
  ticks: HelixTick[];
  width: number;
  height: number;
}
