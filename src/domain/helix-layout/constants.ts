/** Sizes of the picture, in SVG user units. */
export const GUTTER = 136;
export const AXIS_HEIGHT = 30;
export const LANE_PAD = 10;
export const MARK_HEIGHT = 26;
export const ROW_GAP = 6;
export const MARK_GAP = 4;
export const MIN_MARK_WIDTH = 14;
export const RIGHT_MARGIN = 40;

/** Time mode: 80 units a year; a season 5 units an episode; a novel 1 unit per 8 pages. */
export const UNITS_PER_DAY = 80 / 365.25;
export const UNITS_PER_EPISODE = 5;
export const PAGES_PER_UNIT = 8;
/** Used when the pack does not know a novel's pages or an announced season's episodes. */
export const DEFAULT_PAGES = 400;
export const DEFAULT_EPISODES = 10;

/** Plan mode: units per entry of the plan. */
export const UNITS_PER_ENTRY = 12;

/** Zoom mode: the width each lane spans. */
export const ZOOM_WIDTH = 960;
