/** Sizes of the picture, in px at the default view (scale 1): the layout is made for the frame's width. */

/** Text: mark labels, lane names (bold) and axis labels. Never below 11 px at the default view. */
export const LABEL_SIZE = 12;
export const LANE_SIZE = 12;
export const TICK_SIZE = 11;
export const LEADING = 14;

/** Wide layouts: the left gutter for lane names, the axis band on top, the margin on the right. */
export const GUTTER = 140;
export const NARROW_GUTTER = 104;
export const AXIS_HEIGHT = 24;
export const RIGHT_MARGIN = 12;
/** Below this frame width the universe is drawn with a vertical time axis. */
export const VERTICAL_BELOW = 600;
export const DEFAULT_WIDTH = 1100;

export const LANE_PAD = 6;
export const MARK_HEIGHT = 18;
export const ROW_GAP = 5;
/** Room between a mark and its label, and between packed neighbours. */
export const LABEL_GAP = 4;
export const PACK_GAP = 8;
export const MARK_GAP = 4;
export const MIN_MARK_WIDTH = 10;

/** Time mode: a 10-episode season is about half a year wide, a 400-page novel too. */
export const YEARS_PER_EPISODE = 0.05;
export const YEARS_PER_PAGE = 1 / 800;
/** Used when the pack does not know a novel's pages or an announced season's episodes. */
export const DEFAULT_PAGES = 400;
export const DEFAULT_EPISODES = 10;
/** A novel with story-thread segments is wide enough to show each as its own mark. */
export const SEGMENT_MIN_WIDTH = 9;

/** Vertical (phone) layout: year labels on the left, two columns (TV, novels) with a lane for curves between. */
export const YEAR_GUTTER = 40;
export const COLUMN_GAP = 34;
export const BOX_PAD = 5;
export const STRIP_HEIGHT = 12;
