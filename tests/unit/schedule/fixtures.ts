import type { EpisodeEntry, OrderEntry, ReadingEntry } from '../../../src/domain/order/types';
import type { Pace, WeekMinutes } from '../../../src/domain/plan/plan';

/** Made-up entries for scheduling tests: only ids, minutes and ranges matter here. */
export function episode(show: string, season: number, number: number, minutes = 50, approximate = false): EpisodeEntry {
  return {
    kind: 'episode',
    id: `${show}-s${String(season).padStart(2, '0')}e${String(number).padStart(2, '0')}`,
    title: `Episode ${number}`,
    minutes,
    approximate,
    threads: [],
    reason: 'test',
    show,
    season,
    episode: number,
  };
}

export function chapters(novel: string, from: number, to: number, minutes: number): ReadingEntry {
  return {
    kind: 'reading',
    id: `${novel}#${from}-${to}`,
    title: `${novel} ch. ${from}–${to}`,
    minutes,
    approximate: true,
    threads: [],
    reason: 'test',
    novel,
    chapters: [from, to],
  };
}

export function pages(novel: string, from: number, to: number, minutes: number): ReadingEntry {
  return {
    kind: 'reading',
    id: `${novel}#p${from}-${to}`,
    title: `${novel} pp. ${from}–${to}`,
    minutes,
    approximate: true,
    threads: [],
    reason: 'test',
    novel,
    pages: [from, to],
  };
}

export function wholeBook(novel: string, minutes: number): ReadingEntry {
  return { kind: 'reading', id: novel, title: novel, minutes, approximate: true, threads: [], reason: 'test', novel };
}

export function pace(minutesPerWeekday: WeekMinutes): Pace {
  return { minutesPerWeekday, pagesPerHour: 40 };
}

export const nothingDone = (): boolean => false;

export function doneIds(...ids: string[]): (entry: OrderEntry) => boolean {
  const set = new Set(ids);
  return (entry) => set.has(entry.id);
}
