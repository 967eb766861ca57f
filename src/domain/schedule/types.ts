/** One entry (or one part of a split reading block) placed on a day. */
export interface ScheduledItem {
  entryId: string;
  title: string;
  minutes: number;
  /**
   * Present only when a reading block is spread over several days. `index` counts from 1;
   * `chapters` / `pages` are the inclusive range this part covers.
   */
  part?: {
    chapters?: [number, number];
    pages?: [number, number];
    index: number;
    of: number;
  };
}

export interface ScheduleDay {
  /** Calendar date `YYYY-MM-DD`. */
  date: string;
  /** Monday = 0 … Sunday = 6, as in `Pace.minutesPerWeekday`. */
  weekday: number;
  items: ScheduledItem[];
  /** Sum of the items' minutes; may exceed `budget` by the last item only. */
  minutes: number;
  budget: number;
  /** Minutes already used that day before these items (only the first day, see `firstDaySpent`). */
  spent?: number;
  /** Present when `spent` + `minutes` runs past `budget`. */
  overrun?: Overrun;
}

/**
 * Why a day runs over: its last piece could not be cut. `episode`: episodes are never split;
 * `chapter`: one chapter; `pages`: the last page chunk (at least 10 pages); `block`: a reading block
 * kept whole (split reading is off, or the book has no chapters or pages to cut at).
 */
export type OverrunCause = 'episode' | 'film' | 'chapter' | 'pages' | 'block';

export interface Overrun {
  minutes: number;
  cause: OverrunCause;
}

export interface Schedule {
  /** Every calendar day from the start date to the finish date, days without budget included. */
  days: ScheduleDay[];
  /** Minutes of everything not yet done, whether or not it could be placed. */
  totalMinutes: number;
  /** Date of the last day with items; null when nothing is left or nothing can be placed. */
  finishDate: string | null;
  /** True when any scheduled entry's minutes are an estimate. */
  approximate: boolean;
}

export interface BuildScheduleOptions {
  /** Let reading blocks run over several days, cut at chapter (or 10-page) boundaries. Default true. */
  splitReading?: boolean;
  /** Minutes already used on the first day (items done today that were planned for today). Default 0. */
  firstDaySpent?: number;
}
