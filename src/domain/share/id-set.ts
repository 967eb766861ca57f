import { ShareFormatError, type ByteReader, type ByteWriter } from './bytes';
import { MAX_SET_NUMBER, readNumberSet, writeNumberSet } from './number-set';
import type { SymbolReader, SymbolWriter } from './symbol-table';

/**
 * A set of ids (plan selection or done progress) written grouped by their stable prefix, so that
 * `bosch-s01e01…bosch-s01e10` costs a few bytes and nothing depends on where an item sits in
 * the pack. Recognized shapes (each must print back to the exact same text, else it is literal):
 *   base-sNN (season), base-sNNeMM (episode), base#chN (chapter), base#pA-B (pages), base (plain).
 */
type ParsedId =
  | { base: string; kind: 'plain' }
  | { base: string; kind: 'season'; season: number }
  | { base: string; kind: 'episode'; season: number; episode: number }
  | { base: string; kind: 'chapter'; chapter: number }
  | { base: string; kind: 'pages'; from: number; to: number };

interface Group {
  plain: boolean;
  seasons: Set<number>;
  episodes: Map<number, Set<number>>;
  chapters: Set<number>;
  pages: Map<string, [number, number]>;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const seasonId = (base: string, season: number) => `${base}-s${pad2(season)}`;
const episodeId = (base: string, season: number, episode: number) => `${seasonId(base, season)}e${pad2(episode)}`;
const chapterId = (base: string, chapter: number) => `${base}#ch${String(chapter)}`;
const pagesId = (base: string, from: number, to: number) => `${base}#p${String(from)}-${String(to)}`;

function parseId(id: string): ParsedId {
  const fits = (n: number) => n <= MAX_SET_NUMBER;
  let m = /^(.+)-s(\d{2,})e(\d{2,})$/.exec(id);
  if (m?.[1] && m[2] && m[3]) {
    const [base, season, episode] = [m[1], Number(m[2]), Number(m[3])];
    if (fits(season) && fits(episode) && episodeId(base, season, episode) === id) return { base, kind: 'episode', season, episode };
  }
  m = /^(.+)-s(\d{2,})$/.exec(id);
  if (m?.[1] && m[2]) {
    const [base, season] = [m[1], Number(m[2])];
    if (fits(season) && seasonId(base, season) === id) return { base, kind: 'season', season };
  }
  m = /^(.+)#ch(\d+)$/.exec(id);
  if (m?.[1] && m[2]) {
    const [base, chapter] = [m[1], Number(m[2])];
    if (fits(chapter) && chapterId(base, chapter) === id) return { base, kind: 'chapter', chapter };
  }
  m = /^(.+)#p(\d+)-(\d+)$/.exec(id);
  if (m?.[1] && m[2] && m[3]) {
    const [base, from, to] = [m[1], Number(m[2]), Number(m[3])];
    if (fits(to) && from <= to && pagesId(base, from, to) === id) return { base, kind: 'pages', from, to };
  }
  return { base: id, kind: 'plain' };
}

function groupIds(ids: Iterable<string>): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const id of ids) {
    const parsed = parseId(id);
    let group = groups.get(parsed.base);
    if (!group) {
      group = { plain: false, seasons: new Set(), episodes: new Map(), chapters: new Set(), pages: new Map() };
      groups.set(parsed.base, group);
    }
    switch (parsed.kind) {
      case 'plain':
        group.plain = true;
        break;
      case 'season':
        group.seasons.add(parsed.season);
        break;
      case 'episode': {
        const episodes = group.episodes.get(parsed.season) ?? new Set<number>();
        episodes.add(parsed.episode);
        group.episodes.set(parsed.season, episodes);
        break;
      }
      case 'chapter':
        group.chapters.add(parsed.chapter);
        break;
      case 'pages':
        group.pages.set(`${String(parsed.from)}-${String(parsed.to)}`, [parsed.from, parsed.to]);
        break;
    }
  }
  return groups;
}

const ascending = (a: number, b: number) => a - b;
const byBase = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order decodeShare returns id sets in: by prefix, then plain, seasons, episodes, chapters, pages. */
export function canonicalIds(ids: Iterable<string>): string[] {
  const out: string[] = [];
  const groups = groupIds(ids);
  for (const base of [...groups.keys()].sort(byBase)) {
    const group = groups.get(base);
    if (!group) continue;
    if (group.plain) out.push(base);
    for (const season of [...group.seasons].sort(ascending)) out.push(seasonId(base, season));
    for (const season of [...group.episodes.keys()].sort(ascending))
      for (const episode of [...(group.episodes.get(season) ?? [])].sort(ascending)) out.push(episodeId(base, season, episode));
    for (const chapter of [...group.chapters].sort(ascending)) out.push(chapterId(base, chapter));
    for (const [from, to] of sortedRanges(group.pages)) out.push(pagesId(base, from, to));
  }
  return out;
}

function sortedRanges(pages: Map<string, [number, number]>): [number, number][] {
  return [...pages.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const PLAIN = 1;
const SEASONS = 2;
const EPISODES = 4;
const CHAPTERS = 8;
const PAGES = 16;

export function writeIdSet(out: ByteWriter, symbols: SymbolWriter, ids: Iterable<string>): void {
  const groups = groupIds(ids);
  out.uint(groups.size);
  for (const base of [...groups.keys()].sort(byBase)) {
    const group = groups.get(base);
    if (!group) continue;
    symbols.write(base);
    out.byte(
      (group.plain ? PLAIN : 0) |
        (group.seasons.size ? SEASONS : 0) |
        (group.episodes.size ? EPISODES : 0) |
        (group.chapters.size ? CHAPTERS : 0) |
        (group.pages.size ? PAGES : 0),
    );
    if (group.seasons.size) writeNumberSet(out, [...group.seasons].sort(ascending));
    if (group.episodes.size) {
      const seasons = [...group.episodes.keys()].sort(ascending);
      writeNumberSet(out, seasons);
      for (const season of seasons) writeNumberSet(out, [...(group.episodes.get(season) ?? [])].sort(ascending));
    }
    if (group.chapters.size) writeNumberSet(out, [...group.chapters].sort(ascending));
    if (group.pages.size) writePageRanges(out, sortedRanges(group.pages));
  }
}

/** Reads an id set in canonical order. `budget.left` caps the number of ids a link may expand to. */
export function readIdSet(input: ByteReader, symbols: SymbolReader, budget: { left: number }): string[] {
  const ids: string[] = [];
  const groupCount = input.uint(budget.left);
  let previousBase: string | null = null;
  for (let g = 0; g < groupCount; g++) {
    const base = symbols.read();
    if (base === '' || (previousBase !== null && byBase(previousBase, base) >= 0)) throw new ShareFormatError('groups out of order');
    previousBase = base;
    const flags = input.byte();
    if (flags === 0 || flags > 31) throw new ShareFormatError('invalid group');
    if (flags & PLAIN) take(ids, budget, base);
    if (flags & SEASONS) for (const s of readNumberSet(input, budget)) ids.push(seasonId(base, s));
    if (flags & EPISODES) {
      for (const season of readNumberSet(input, budget))
        for (const episode of readNumberSet(input, budget)) ids.push(episodeId(base, season, episode));
    }
    if (flags & CHAPTERS) for (const c of readNumberSet(input, budget)) ids.push(chapterId(base, c));
    if (flags & PAGES) for (const [from, to] of readPageRanges(input, budget)) ids.push(pagesId(base, from, to));
  }
  return ids;
}

function take(ids: string[], budget: { left: number }, id: string): void {
  if (--budget.left < 0) throw new ShareFormatError('too many items');
  ids.push(id);
}

/**
 * Page ranges cut in equal blocks from page 1 (`p1-48`, `p97-144`, a short last block) are written
 * as block size, last page and a set of block numbers; anything else as explicit pairs.
 * Header varint: 0 = explicit list, otherwise the block size.
 */
function writePageRanges(out: ByteWriter, ranges: readonly [number, number][]): void {
  const blocks = asBlocks(ranges);
  const explicit = () => {
    out.uint(0);
    out.uint(ranges.length);
    let previousFrom = 0;
    for (const [from, to] of ranges) {
      out.uint(from - previousFrom);
      out.uint(to - from);
      previousFrom = from;
    }
  };
  if (!blocks) return explicit();
  out.uint(blocks.size);
  out.uint(blocks.lastPage);
  writeNumberSet(out, blocks.indexes);
}

function asBlocks(ranges: readonly [number, number][]): { size: number; lastPage: number; indexes: number[] } | null {
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (!first || !last) return null;
  const size = Math.max(...ranges.map(([from, to]) => to - from + 1));
  const lastPage = last[1];
  const indexes: number[] = [];
  for (const [from, to] of ranges) {
    const index = (from - 1) / size;
    if (!Number.isInteger(index) || to !== Math.min(from + size - 1, lastPage)) return null;
    indexes.push(index);
  }
  return { size, lastPage, indexes };
}

function readPageRanges(input: ByteReader, budget: { left: number }): [number, number][] {
  const ranges: [number, number][] = [];
  const size = input.uint(MAX_SET_NUMBER);
  if (size === 0) {
    const count = input.uint(budget.left);
    if (count === 0) throw new ShareFormatError('empty page list');
    let [previousFrom, previousTo] = [0, -1];
    for (let i = 0; i < count; i++) {
      const from = previousFrom + input.uint(MAX_SET_NUMBER);
      const to = from + input.uint(MAX_SET_NUMBER);
      if (to > MAX_SET_NUMBER) throw new ShareFormatError('page out of range');
      if (from === previousFrom && to <= previousTo) throw new ShareFormatError('page ranges out of order');
      if (--budget.left < 0) throw new ShareFormatError('too many items');
      ranges.push([from, to]);
      [previousFrom, previousTo] = [from, to];
    }
    return ranges;
  }
  const lastPage = input.uint(MAX_SET_NUMBER);
  for (const index of readNumberSet(input, budget)) {
    const from = index * size + 1;
    if (from > lastPage) throw new ShareFormatError('page block out of range');
    ranges.push([from, Math.min(from + size - 1, lastPage)]);
  }
  return ranges;
}
