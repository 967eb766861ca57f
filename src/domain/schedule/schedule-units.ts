import type { OrderEntry } from '../order/types';

/**
 * The smallest pieces the scheduler may place on a day. An episode, or a reading block that may
 * not be split, is one unit. A splittable chapter block gives one unit per chapter; a page block
 * gives 10-page units, the last one taking the remainder, so every part is at least 10 pages.
 */
export interface ScheduleUnit {
  entry: OrderEntry;
  minutes: number;
  chapters?: [number, number];
  pages?: [number, number];
}

/** Smallest page chunk a split page block may leave on a day. */
export const MIN_PAGES_PER_PART = 10;

export function unitsOf(entry: OrderEntry, splitReading: boolean): ScheduleUnit[] {
  const minutes = safeMinutes(entry.minutes);
  if (entry.kind === 'reading' && splitReading) {
    const ranges = entry.chapters
      ? chapterUnits(entry.chapters)
      : entry.pages
        ? pageUnits(entry.pages)
        : undefined;
    if (ranges && ranges.length > 1) {
      const key = entry.chapters ? 'chapters' : 'pages';
      const first = ranges[0]![0];
      const span = ranges[ranges.length - 1]![1] - first + 1;
      return ranges.map(([from, to]) => ({
        entry,
        // Pro rata by position, rounded at the boundaries so the parts add up to the block.
        minutes: share(minutes, to - first + 1, span) - share(minutes, from - first, span),
        [key]: [from, to],
      }));
    }
  }
  return [{ entry, minutes }];
}

/** Entry minutes that are not a finite non-negative number count as 0. */
export function safeMinutes(minutes: number): number {
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

function share(total: number, upTo: number, span: number): number {
  if (upTo <= 0) return 0;
  if (upTo >= span) return total;
  return Math.round((total * upTo) / span);
}

function chapterUnits([from, to]: readonly [number, number]): [number, number][] {
  if (!isRange(from, to)) return [];
  const units: [number, number][] = [];
  for (let chapter = from; chapter <= to; chapter++) units.push([chapter, chapter]);
  return units;
}

function pageUnits([from, to]: readonly [number, number]): [number, number][] {
  if (!isRange(from, to)) return [];
  const units: [number, number][] = [];
  let start = from;
  // Stop cutting once fewer than two full chunks remain: the last unit keeps 10–19 pages.
  while (to - start + 1 >= 2 * MIN_PAGES_PER_PART) {
    units.push([start, start + MIN_PAGES_PER_PART - 1]);
    start += MIN_PAGES_PER_PART;
  }
  units.push([start, to]);
  return units;
}

/** Bad or absurd ranges (a data error) are not split rather than cut into millions of units. */
const MAX_UNITS_PER_BLOCK = 2000;

function isRange(from: number, to: number): boolean {
  return Number.isInteger(from) && Number.isInteger(to) && from <= to && to - from < MAX_UNITS_PER_BLOCK;
}
