import type { OrderEntry, ReadingEntry } from '../order/types';
import { chapterProgressId, isEntryDone, type ProgressLookup } from '../progress/progress-ids';

/**
 * What is left of each entry, in plan order: done entries drop out, and a reading block with some of
 * its chapters (or pages) done is cut down to the span from its first to its last unread one, its
 * minutes shared pro rata. An entry keeps its id, so a cut block still maps to its row in the plan.
 */
export function remainingEntries(entries: readonly OrderEntry[], done: ProgressLookup): OrderEntry[] {
  const left: OrderEntry[] = [];
  for (const entry of entries) {
    const rest = remainingPart(entry, done);
    if (rest) left.push(rest);
  }
  return left;
}

/** The unread part of an entry, the entry itself when none of it is done, or null when all of it is. */
export function remainingPart(entry: OrderEntry, done: ProgressLookup): OrderEntry | null {
  if (isEntryDone(entry, done)) return null;
  if (entry.kind !== 'reading') return entry;
  if (entry.chapters) {
    const [from, to] = entry.chapters;
    let first = from;
    while (first < to && done.done.has(chapterProgressId(entry.novel, first))) first++;
    let last = to;
    while (last > first && done.done.has(chapterProgressId(entry.novel, last))) last--;
    return cut(entry, 'chapters', [from, to], [first, last]);
  }
  if (entry.pages) {
    const [from, to] = entry.pages;
    const ranges = done.pageRanges.get(entry.novel) ?? [];
    let first = from;
    for (const [start, end] of ranges) if (start <= first && end >= first) first = end + 1;
    let last = to;
    for (let i = ranges.length - 1; i >= 0; i--) {
      const [start, end] = ranges[i]!;
      if (start <= last && end >= last) last = start - 1;
    }
    if (first > last) return null;
    return cut(entry, 'pages', [from, to], [first, last]);
  }
  return entry;
}

/**
 * The part of an entry done between two states of progress (`was` and `is`, both from remainingPart):
 * all of `was` when nothing is left, else the chapters or pages read off its start (or its end).
 * Its id is `<entry id>~done`, so ticking it off again touches only that part. Null when nothing changed.
 */
export function donePart(was: OrderEntry, is: OrderEntry | null): OrderEntry | null {
  if (is === null) return was;
  if (was.kind !== 'reading' || is.kind !== 'reading') return null;
  const key = was.chapters && is.chapters ? 'chapters' : was.pages && is.pages ? 'pages' : null;
  if (!key) return null;
  const [w0, w1] = was[key]!;
  const [i0, i1] = is[key]!;
  const range: [number, number] | null = i0 > w0 ? [w0, i0 - 1] : i1 < w1 ? [i1 + 1, w1] : null;
  return range ? { ...cut(was, key, [w0, w1], range), id: `${was.id}~done` } : null;
}

function cut(entry: ReadingEntry, key: 'chapters' | 'pages', whole: readonly [number, number], part: [number, number]): ReadingEntry {
  if (part[0] === whole[0] && part[1] === whole[1]) return entry;
  const share = (part[1] - part[0] + 1) / (whole[1] - whole[0] + 1);
  return {
    ...entry,
    title: retitle(entry.title, rangeText(key, whole), rangeText(key, part)),
    minutes: Math.max(1, Math.round(entry.minutes * share)),
    [key]: part,
  };
}

/** "ch. 3–6", "ch. 5", "pp. 1–48", "p. 7", as the order engine writes block titles. */
function rangeText(key: 'chapters' | 'pages', [from, to]: readonly [number, number]): string {
  if (key === 'chapters') return from === to ? `ch. ${from}` : `ch. ${from}–${to}`;
  return from === to ? `p. ${from}` : `pp. ${from}–${to}`;
}

/** "Desert Star, ch. 3–6" → "Desert Star, ch. 5–6"; a title in another form keeps its text and says what is left. */
function retitle(title: string, oldRange: string, newRange: string): string {
  return title.endsWith(oldRange) ? `${title.slice(0, -oldRange.length)}${newRange}` : `${title} (${newRange} left)`;
}
