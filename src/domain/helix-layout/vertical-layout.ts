import { nameOf } from '../pack/labels';
import type { PackIndex } from '../pack/pack-index';
import { dateSortKey } from '../pack/partial-date';
import {
  BOX_PAD,
  COLUMN_GAP,
  LABEL_SIZE,
  LANE_SIZE,
  LEADING,
  MARK_GAP,
  RIGHT_MARGIN,
  STRIP_HEIGHT,
  TICK_SIZE,
  YEAR_GUTTER,
} from './constants';
import { round } from './geometry';
import { seasonThreads, threadsOf } from './item-threads';
import { chapterCount, segmentMarks } from './novel-segments';
import { routeLinks } from './route-links';
import { wrapText } from './text-measure';
import { seasonDate } from './universe-layout';
import type { HelixLane, HelixLayout, HelixMark, HelixMode, HelixText, HelixTick } from './types';

const HEADING_HEIGHT = 26;
const EMPTY = { lane: '', x: 0, y: 0, width: 0, height: 0, text: null } as const;
const YEAR_GAP = 10;
const BOX_GAP = 6;

interface Item {
  mark: HelixMark;
  column: 0 | 1;
  /** Sort key: a date, or the first plan position. */
  key: number;
  /** The year band it belongs to (time mode); every item has its own band in plan mode. */
  band: string;
  segments: boolean;
}

/** The label lines of a box `width` wide: wrapped by words, up to three lines; a word too long is left to the card. */
function boxLines(label: string, width: number): string[] {
  return wrapText(label, width - BOX_PAD * 2, LABEL_SIZE, 3) ?? [];
}

function collect(index: PackIndex, mode: HelixMode, planOrder: readonly string[]): Item[] {
  const firstPosition = new Map<string, number>();
  planOrder.forEach((entryId, position) => {
    const episode = index.episodes.get(entryId);
    const itemId = episode ? episode.season.id : (entryId.split('#')[0] ?? entryId);
    if (!firstPosition.has(itemId)) firstPosition.set(itemId, position);
  });
  const items: Item[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const show of index.pack.shows) {
    for (const season of show.seasons) {
      const date = seasonDate(season);
      const position = firstPosition.get(season.id);
      if (mode === 'plan' && position === undefined) continue;
      // An announced season without a date follows the season before it.
      const key = mode === 'plan' ? (position ?? 0) : date ? dateSortKey(date) : previous + 1;
      previous = key;
      items.push({
        column: 0,
        key,
        band: mode === 'plan' ? `${key}` : date ? date.slice(0, 4) : 'announced',
        segments: false,
        mark: {
          ...EMPTY,
          id: season.id,
          itemId: season.id,
          kind: 'season',
          label: nameOf(index, season.id),
          ...(date ? { date } : {}),
          threads: seasonThreads(index, season).season,
          approximate: season.episodes.length === 0,
        },
      });
    }
  }
  // Films sit with the seasons: the left column holds everything watched.
  for (const film of index.pack.films ?? []) {
    const position = firstPosition.get(film.id);
    if (mode === 'plan' && position === undefined) continue;
    const key = mode === 'plan' ? (position ?? 0) : dateSortKey(film.released);
    const mark = { ...EMPTY, id: film.id, itemId: film.id, kind: 'film', label: `${film.title} (film)`, date: film.released, threads: threadsOf(index, [film.id]), approximate: film.runtimeMin === undefined } as const;
    items.push({ column: 0, key, band: mode === 'plan' ? `${key}` : film.released.slice(0, 4), segments: false, mark });
  }
  for (const novel of index.pack.novels) {
    const position = firstPosition.get(novel.id);
    if (mode === 'plan' && position === undefined) continue;
    const key = mode === 'plan' ? (position ?? 0) : dateSortKey(novel.published);
    items.push({
      column: 1,
      key,
      band: mode === 'plan' ? `${key}` : novel.published.slice(0, 4),
      segments: (novel.segments?.length ?? 0) > 0 && chapterCount(index, novel) !== undefined,
      mark: { ...EMPTY, id: novel.id, itemId: novel.id, kind: 'novel', label: novel.title, date: novel.published, threads: threadsOf(index, [novel.id]), approximate: novel.pages === undefined },
    });
  }
  return items.sort((a, b) => a.key - b.key || a.column - b.column || a.mark.id.localeCompare(b.mark.id));
}

/**
 * The universe for a narrow screen: time runs down the page, TV seasons and films in the left column and novels in the
 * right, each a box with its whole name wrapped inside, years (or plan order) marked on the left. The links
 * cross the gap between the columns, so the braid reads top to bottom.
 */
export function layoutVertical(index: PackIndex, mode: HelixMode, planOrder: readonly string[], width: number): HelixLayout {
  const gutter = mode === 'plan' ? 8 : YEAR_GUTTER;
  const columnWidth = Math.floor((width - gutter - COLUMN_GAP - RIGHT_MARGIN) / 2);
  const columnX = [gutter, gutter + columnWidth + COLUMN_GAP] as const;
  const items = collect(index, mode, planOrder);
  const marks: HelixMark[] = [];
  const ticks: HelixTick[] = [];
  const cursor = [HEADING_HEIGHT, HEADING_HEIGHT];
  let bandTop = HEADING_HEIGHT;
  let band = '';
  const characters = new Map<string, string>();
  for (const link of index.pack.links) if (link.type === 'appears-in' && index.characters.has(link.from) && !characters.has(link.from)) characters.set(link.from, link.to);

  const place = (mark: HelixMark, column: 0 | 1, lines: string[], extra: number): HelixMark => {
    const x = columnX[column];
    const y = cursor[column] ?? 0;
    const height = Math.max(1, lines.length) * LEADING + BOX_PAD * 2 + extra;
    const text: HelixText | null = lines.length > 0 ? { lines, x: round(x + BOX_PAD), y: round(y + BOX_PAD + LABEL_SIZE - 1), size: LABEL_SIZE, leading: LEADING } : null;
    cursor[column] = y + height + BOX_GAP;
    return { ...mark, lane: column === 0 ? 'column:tv' : 'column:novels', x, y: round(y), width: columnWidth, height: round(height), text };
  };

  for (const item of items) {
    if (item.band !== band) {
      bandTop = Math.max(...cursor) + (band ? YEAR_GAP : 0);
      cursor[0] = bandTop;
      cursor[1] = bandTop;
      band = item.band;
      if (mode === 'time') {
        ticks.push({
          label: band,
          x1: 0,
          y1: round(bandTop - YEAR_GAP / 2),
          x2: width,
          y2: round(bandTop - YEAR_GAP / 2),
          text: { lines: [band === 'announced' ? 'next' : band], x: 4, y: round(bandTop + TICK_SIZE + 2), size: TICK_SIZE, leading: LEADING },
        });
      }
    }
    const lines = boxLines(item.mark.label, columnWidth);
    const mark = place(item.mark, item.column, lines, item.segments ? STRIP_HEIGHT + MARK_GAP : 0);
    marks.push(mark);
    const novel = item.segments ? index.novels.get(mark.itemId) : undefined;
    if (novel) marks.push(...segmentMarks(index, novel, mark, { side: BOX_PAD, top: mark.height - BOX_PAD - STRIP_HEIGHT, height: STRIP_HEIGHT }));
    // Crossover characters follow the season they appear in.
    for (const [characterId, target] of characters) {
      const season = index.episodes.get(target)?.season.id ?? target;
      if (season !== mark.itemId || item.column !== 0) continue;
      const character = index.characters.get(characterId);
      if (!character) continue;
      const label = `${character.name} crosses over`;
      const crossing: HelixMark = { ...EMPTY, id: character.id, itemId: character.id, kind: 'character', label: character.name, threads: [], approximate: false };
      marks.push(place(crossing, 0, boxLines(label, columnWidth), 0));
    }
  }
  const height = round(Math.max(...cursor) + 8);
  const lane = (id: string, label: string, column: 0 | 1): HelixLane => ({
    id,
    label,
    kind: 'column',
    x: columnX[column],
    y: 0,
    width: columnWidth,
    height,
    text: { lines: [label], x: columnX[column], y: 16, size: LANE_SIZE, bold: true, leading: LEADING },
  });
  const byId = new Map(marks.map((m) => [m.id, m]));
  return {
    mode,
    orientation: 'vertical',
    lanes: [lane('column:tv', index.pack.films?.length ? 'TV and films' : 'TV seasons', 0), lane('column:novels', 'Novels', 1)],
    marks,
    links: routeLinks(index, byId, 'vertical', columnX[1] - COLUMN_GAP / 2),
    ticks,
    width: round(width),
    height,
  };
}
