import type { Novel } from '../pack/schema';
import type { ReadingGranularity } from './types';

/**
 * Page count assumed for a book whose length no source gives; minutes are then marked approximate.
 * A novel runs about 350 pages; short fiction (Connelly's ebook stories and three-story collections)
 * is a small fraction of that, so a story is not planned as an evening's 9 hours.
 */
export const ASSUMED_PAGES: Readonly<Record<NonNullable<Novel['format']>, number>> = { novel: 350, collection: 120, story: 40 };
/**
 * Pages standing in for one chapter when a novel's chapter count is unknown: `{ chapters: n }`
 * then cuts page ranges of n × 12 pages (Connelly's chapters run roughly 8–15 pages). Chapter
 * numbers are never invented: such blocks are labelled by pages.
 */
export const PAGES_PER_CHAPTER_EQUIVALENT = 12;

/** A contiguous part of one novel: a chapter range, a page range, or the whole book. */
export interface ReadingBlock {
  readonly novel: Novel;
  readonly chapters?: readonly [number, number];
  readonly pages?: readonly [number, number];
  /** The block covers the whole novel; its id is then the novel id. */
  readonly whole: boolean;
}

/** Cuts one novel into blocks, in reading order, following the plan's granularity. */
export function cutNovel(novel: Novel, granularity: ReadingGranularity): ReadingBlock[] {
  const chapters = novel.chapters;
  const pages = novel.pages;
  if (granularity === 'book') return [wholeBook(novel)];
  if (granularity === 'segment') {
    return chapters !== undefined && novel.segments?.length ? bySegments(novel, chapters) : [wholeBook(novel)];
  }
  if ('chapters' in granularity) {
    const n = wholeCount(granularity.chapters);
    if (chapters !== undefined) return ranges(novel, chapters, n, 'chapters', sectionStarts(novel));
    if (pages !== undefined) return ranges(novel, pages, n * PAGES_PER_CHAPTER_EQUIVALENT, 'pages');
    return [wholeBook(novel)];
  }
  const n = wholeCount(granularity.pages);
  if (pages !== undefined) return ranges(novel, pages, n, 'pages');
  // No page count: cut chapters of about the same length instead (12 pages a chapter).
  if (chapters !== undefined) {
    return ranges(novel, chapters, Math.max(1, Math.round(n / PAGES_PER_CHAPTER_EQUIVALENT)), 'chapters', sectionStarts(novel));
  }
  return [wholeBook(novel)];
}

function wholeCount(value: number): number {
  return Number.isFinite(value) ? Math.max(1, Math.floor(value)) : 1;
}

function wholeBook(novel: Novel): ReadingBlock {
  if (novel.chapters !== undefined) return { novel, chapters: [1, novel.chapters], whole: true };
  if (novel.pages !== undefined) return { novel, pages: [1, novel.pages], whole: true };
  return { novel, whole: true };
}

/**
 * Chapters where a part or a story segment begins. Chapter blocks never straddle one, so a block
 * belongs to one thread and one part, and a link to a part covers whole blocks.
 */
function sectionStarts(novel: Novel): number[] {
  const starts = new Set<number>();
  for (const part of novel.parts ?? []) starts.add(part.chapters[0]);
  for (const segment of novel.segments ?? []) {
    starts.add(segment.chapters[0]);
    starts.add(segment.chapters[1] + 1);
  }
  return [...starts].sort((a, b) => a - b);
}

function ranges(novel: Novel, total: number, size: number, unit: 'chapters' | 'pages', starts: readonly number[] = []): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  let boundary = 0;
  for (let from = 1; from <= total; ) {
    while (boundary < starts.length && (starts[boundary] as number) <= from) boundary++;
    const nextStart = starts[boundary] ?? Infinity;
    const to = Math.min(total, from + size - 1, nextStart - 1);
    blocks.push({ novel, [unit]: [from, to] as const, whole: from === 1 && to === total });
    from = to + 1;
  }
  return blocks;
}

/** Segments as blocks; chapters no segment covers become blocks of their own. */
function bySegments(novel: Novel, chapters: number): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  let next = 1;
  const push = (from: number, to: number) => {
    if (from > to) return;
    blocks.push({ novel, chapters: [from, to], whole: from === 1 && to === chapters });
    next = to + 1;
  };
  for (const segment of novel.segments ?? []) {
    // Defensive against packs that skipped integrity checks: clamp, and skip what goes backwards.
    const from = Math.max(segment.chapters[0], next);
    const to = Math.min(segment.chapters[1], chapters);
    if (from > to) continue;
    push(next, from - 1);
    push(from, to);
  }
  push(next, chapters);
  return blocks;
}

export function blockId(block: ReadingBlock): string {
  const id = block.novel.id;
  if (block.whole) return id;
  if (block.chapters) return `${id}#${block.chapters[0]}-${block.chapters[1]}`;
  if (block.pages) return `${id}#p${block.pages[0]}-${block.pages[1]}`;
  return id;
}

/** "ch. 12–15", "ch. 12", "pp. 1–48", or "" for a whole book. */
export function blockRangeText(block: ReadingBlock): string {
  if (block.whole) return '';
  if (block.chapters) return chapterText(block.chapters);
  if (block.pages) return `pp. ${block.pages[0]}–${block.pages[1]}`;
  return '';
}

export function chapterText([from, to]: readonly [number, number]): string {
  return from === to ? `ch. ${from}` : `ch. ${from}–${to}`;
}

export function blockTitle(block: ReadingBlock): string {
  const range = blockRangeText(block);
  return range ? `${block.novel.title}, ${range}` : block.novel.title;
}

/**
 * Pages a block holds. Chapter blocks use the novel's average chapter length, so they are
 * approximate unless they are the whole book; unknown page counts assume ASSUMED_PAGES for the format.
 */
export function blockPages(block: ReadingBlock): { pages: number; approximate: boolean } {
  const known = block.novel.pages;
  const total = known ?? ASSUMED_PAGES[block.novel.format ?? 'novel'];
  if (block.pages) return { pages: block.pages[1] - block.pages[0] + 1, approximate: known === undefined };
  if (block.chapters && block.novel.chapters) {
    const count = block.chapters[1] - block.chapters[0] + 1;
    return { pages: (total / block.novel.chapters) * count, approximate: known === undefined || !block.whole };
  }
  return { pages: total, approximate: known === undefined };
}
