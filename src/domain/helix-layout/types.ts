import type { LinkType } from '../pack/schema';

/** The shapes the Helix picture is drawn from. Coordinates are SVG user units. */

export type HelixMode = 'time' | 'plan';

export interface HelixOptions {
  /** x from release dates, or from the position in the active plan's order. */
  mode: HelixMode;
  /** Entry ids of the active plan in order (episode ids, `novel#from-to`, `novel#pN-M`, `novel`). */
  planOrder?: readonly string[];
  /** Lay out one season with its episodes and the chapter segments linked to it. */
  zoom?: { seasonId: string } | null;
}

export type HelixLaneKind = 'show' | 'series' | 'season' | 'novel' | 'characters';

export interface HelixLane {
  id: string;
  label: string;
  kind: HelixLaneKind;
  y: number;
  height: number;
}

export type HelixMarkKind = 'season' | 'episode' | 'novel' | 'segment' | 'character';

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
  /** Text that fits inside the mark, or '' when nothing fits. */
  shortLabel: string;
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

export interface HelixTick {
  x: number;
  label: string;
}

export interface HelixLayout {
  mode: HelixMode | 'zoom';
  lanes: HelixLane[];
  marks: HelixMark[];
  links: HelixLink[];
  ticks: HelixTick[];
  /** Left gutter kept free for lane labels. */
  gutter: number;
  width: number;
  height: number;
}
