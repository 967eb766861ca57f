import type { OrderEntry } from '../order/types';

/**
 * Progress ids (DESIGN §4). Reading progress is kept per chapter (`desert-star#ch12`), or per
 * page range (`the-black-ice#p1-48`) for novels whose chapter count is unknown, never per block:
 * blocks change with the plan's granularity, chapters and pages do not.
 */
export function chapterProgressId(novel: string, chapter: number): string {
  return `${novel}#ch${chapter}`;
}

export function pageRangeProgressId(novel: string, from: number, to: number): string {
  return `${novel}#p${from}-${to}`;
}

/** The ids that checking the entry off marks done. */
export function progressIdsOf(entry: OrderEntry): string[] {
  if (entry.kind !== 'reading') return [entry.id];
  if (entry.chapters) {
    const ids: string[] = [];
    for (let chapter = entry.chapters[0]; chapter <= entry.chapters[1]; chapter++) ids.push(chapterProgressId(entry.novel, chapter));
    return ids;
  }
  if (entry.pages) return [pageRangeProgressId(entry.novel, entry.pages[0], entry.pages[1])];
  return [entry.novel];
}

type PageRange = readonly [number, number];

/** Done ids with each novel's done page ranges merged; build one per done set (or per ProgressMap). */
export interface ProgressLookup {
  readonly done: Pick<ReadonlySet<string>, 'has'>;
  /** Per novel: disjoint, sorted, non-adjacent page ranges. */
  readonly pageRanges: Pick<ReadonlyMap<string, readonly PageRange[]>, 'get'>;
}

const PAGE_RANGE_ID = /^(.+)#p(\d+)-(\d+)$/;

/** Done page ranges per novel among `ids` (not merged yet). */
function collectPageRanges(ids: Iterable<string>): Map<string, PageRange[]> {
  const raw = new Map<string, PageRange[]>();
  for (const id of ids) {
    const match = PAGE_RANGE_ID.exec(id);
    if (!match) continue;
    const [, novel = '', from = '', to = ''] = match;
    const range: PageRange = [Number(from), Number(to)];
    if (!(range[0] >= 1 && range[0] <= range[1])) continue;
    const list = raw.get(novel);
    if (list) list.push(range);
    else raw.set(novel, [range]);
  }
  return raw;
}

export function createProgressLookup(done: ReadonlySet<string>): ProgressLookup {
  const pageRanges = new Map<string, PageRange[]>();
  for (const [novel, ranges] of collectPageRanges(done)) pageRanges.set(novel, mergeRanges(ranges));
  return { done, pageRanges };
}

type Bucket = ReadonlyMap<string, { done: boolean }>;
const bucketPageIds = new WeakMap<Bucket, Map<string, string[]>>();

/** A bucketed progress map, as the lookups here need it (see ProgressMap). */
export interface BucketedProgress {
  readonly buckets: readonly Bucket[];
  isDone(id: string): boolean;
}

/** The done page-range ids of one novel, gathered from per-bucket lists that are built once per bucket version. */
export function donePageRangeIds(progress: BucketedProgress, novel: string): string[] {
  const ids: string[] = [];
  for (const bucket of progress.buckets) {
    let byNovel = bucketPageIds.get(bucket);
    if (!byNovel) {
      byNovel = new Map();
      for (const [id, mark] of bucket) {
        const match = mark.done ? PAGE_RANGE_ID.exec(id) : null;
        if (!match?.[1]) continue;
        const list = byNovel.get(match[1]);
        if (list) list.push(id);
        else byNovel.set(match[1], [id]);
      }
      bucketPageIds.set(bucket, byNovel);
    }
    const list = byNovel.get(novel);
    if (list) ids.push(...list);
  }
  return ids;
}

/**
 * A lookup over a bucketed progress map that does its work lazily: done ids are looked up in the map, and a
 * novel's page ranges are gathered only when asked. A tick then costs the bucket it changed, not a pass over every mark.
 */
export function createMapLookup(progress: BucketedProgress): ProgressLookup {
  const merged = new Map<string, readonly PageRange[] | undefined>();
  const rangesOf = (novel: string) => {
    if (merged.has(novel)) return merged.get(novel);
    const ranges = collectPageRanges(donePageRangeIds(progress, novel)).get(novel);
    const result = ranges ? mergeRanges(ranges) : undefined;
    merged.set(novel, result);
    return result;
  };
  return { done: { has: (id) => progress.isDone(id) }, pageRanges: { get: rangesOf } };
}

function mergeRanges(input: readonly PageRange[]): PageRange[] {
  const ranges = [...input].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Whether every page of [from, to] lies in one merged done range. Binary search. */
function pagesCovered(ranges: readonly PageRange[], from: number, to: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((ranges[mid] as PageRange)[0] <= from) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const range = ranges[found];
  return range !== undefined && range[1] >= to;
}

function isLookup(value: ReadonlySet<string> | ProgressLookup): value is ProgressLookup {
  return 'pageRanges' in value;
}

/**
 * Whether an entry counts as done. An episode or a film: its id. A chapter block: all its chapters. A page
 * block: all its pages lie in the union of the novel's done page ranges, so progress survives a
 * change of page block size. The novel id itself (a whole book of unknown length) marks every
 * block of that novel done. Pass a ProgressLookup when checking many entries; a plain set builds
 * one on each call.
 */
export function isEntryDone(entry: OrderEntry, done: ReadonlySet<string> | ProgressLookup): boolean {
  const set = isLookup(done) ? done.done : done;
  if (entry.kind !== 'reading') return set.has(entry.id);
  if (set.has(entry.novel)) return true;
  if (entry.chapters) {
    for (let chapter = entry.chapters[0]; chapter <= entry.chapters[1]; chapter++) {
      if (!set.has(chapterProgressId(entry.novel, chapter))) return false;
    }
    return true;
  }
  if (entry.pages) {
    if (set.has(pageRangeProgressId(entry.novel, entry.pages[0], entry.pages[1]))) return true;
    const lookup = isLookup(done) ? done : createProgressLookup(done);
    return pagesCovered(lookup.pageRanges.get(entry.novel) ?? [], entry.pages[0], entry.pages[1]);
  }
  return false;
}

/** Done ids as uncheckChanges reads them: a set, or a view that can list one novel's done page ranges. */
export type DoneView = ReadonlySet<string> | { has(id: string): boolean; pageRangeIds(novel: string): Iterable<string> };

/**
 * What unchecking an entry changes. Its own ids are marked undone; so is the whole-novel id; and a done
 * page range that only partly lies inside a page block is cut: the range is undone and the parts outside
 * the block are marked done again (`redo`), so unchecking pp. 1–48 after reading the whole book leaves
 * pp. 49–400 done. Without this, a wider range recorded under another granularity would keep the block done.
 */
export function uncheckChanges(entry: OrderEntry, done: DoneView): { undo: string[]; redo: string[] } {
  if (entry.kind !== 'reading') return { undo: [entry.id], redo: [] };
  const undo = new Set(progressIdsOf(entry));
  const redo: string[] = [];
  if (done.has(entry.novel)) undo.add(entry.novel);
  if (entry.pages) {
    const [from, to] = entry.pages;
    for (const id of 'pageRangeIds' in done ? done.pageRangeIds(entry.novel) : done) {
      if (!done.has(id)) continue;
      const match = PAGE_RANGE_ID.exec(id);
      if (!match || match[1] !== entry.novel) continue;
      const start = Number(match[2]);
      const end = Number(match[3]);
      if (end < from || start > to) continue;
      undo.add(id);
      if (start < from) redo.push(pageRangeProgressId(entry.novel, start, from - 1));
      if (end > to) redo.push(pageRangeProgressId(entry.novel, to + 1, end));
    }
  }
  return { undo: [...undo], redo };
}
