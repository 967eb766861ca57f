import { nameOf } from '../pack/labels';
import type { PackIndex } from '../pack/pack-index';
import { dateSortKey } from '../pack/partial-date';
import type { Novel, Season } from '../pack/schema';
import {
  AXIS_HEIGHT,
  DEFAULT_EPISODES,
  DEFAULT_PAGES,
  GUTTER,
  MARK_GAP,
  MARK_HEIGHT,
  MIN_MARK_WIDTH,
  PAGES_PER_UNIT,
  RIGHT_MARGIN,
  UNITS_PER_DAY,
  UNITS_PER_ENTRY,
  UNITS_PER_EPISODE,
} from './constants';
import { fitLabel, round } from './geometry';
import { threadsOf } from './item-threads';
import { stackLanes, type LaneDraft } from './lane-stack';
import { segmentMarks } from './novel-segments';
import { routeLinks } from './route-links';
import type { HelixLayout, HelixMark, HelixMode, HelixTick } from './types';

/** Where a season or novel sits on the x axis and how wide it is; null leaves it out. */
type Placer = (itemId: string, date: string | undefined, length: number) => { x: number; width: number } | null;

function seasonDate(season: Season): string | undefined {
  return season.premiere ?? season.episodes[0]?.released;
}

function timePlacer(index: PackIndex): { place: Placer; ticks: HelixTick[] } {
  const dates = [...index.seasons.values()].map((s) => seasonDate(s.season)).concat(index.pack.novels.map((n) => n.published));
  const years = dates.filter((d): d is string => d !== undefined).map((d) => Number(d.slice(0, 4)));
  const firstYear = years.length > 0 ? Math.min(...years) : 2000;
  const lastYear = years.length > 0 ? Math.max(...years) : 2000;
  const origin = dateSortKey(String(firstYear));
  const xOf = (date: string) => round(GUTTER + (dateSortKey(date) - origin) * UNITS_PER_DAY);
  const ticks: HelixTick[] = [];
  for (let year = firstYear; year <= lastYear + 1; year++) if (year % 2 === 0) ticks.push({ x: xOf(String(year)), label: String(year) });
  return { place: (_id, date, length) => ({ x: date ? xOf(date) : Number.NaN, width: length }), ticks };
}

/** Plan mode: each item spans the plan positions of its entries. */
function planPlacer(index: PackIndex, planOrder: readonly string[]): { place: Placer; ticks: HelixTick[] } {
  const spans = new Map<string, [number, number]>();
  planOrder.forEach((entryId, position) => {
    const episode = index.episodes.get(entryId);
    const itemId = episode ? episode.season.id : (entryId.split('#')[0] ?? entryId);
    const span = spans.get(itemId);
    if (span) span[1] = position;
    else spans.set(itemId, [position, position]);
  });
  const ticks: HelixTick[] = [];
  for (let n = 25; n <= planOrder.length; n += 25) ticks.push({ x: GUTTER + (n - 1) * UNITS_PER_ENTRY, label: `#${n}` });
  return {
    place: (itemId) => {
      const span = spans.get(itemId);
      if (!span) return null;
      return { x: GUTTER + span[0] * UNITS_PER_ENTRY, width: Math.max(MIN_MARK_WIDTH, (span[1] - span[0] + 1) * UNITS_PER_ENTRY - MARK_GAP) };
    },
    ticks,
  };
}

function seasonMark(index: PackIndex, season: Season, place: Placer, previousEnd: number): HelixMark | null {
  const ref = index.seasons.get(season.id);
  if (!ref) return null;
  const episodes = season.episodes.length;
  const date = seasonDate(season);
  const spot = place(season.id, date, Math.max(MIN_MARK_WIDTH, (episodes || DEFAULT_EPISODES) * UNITS_PER_EPISODE));
  if (!spot) return null;
  // An announced season has no date yet: it goes just after the season before it.
  const x = Number.isNaN(spot.x) ? previousEnd + MARK_GAP * 2 : spot.x;
  return {
    id: season.id,
    itemId: season.id,
    kind: 'season',
    lane: '',
    x: round(x),
    y: 0,
    width: round(spot.width),
    height: MARK_HEIGHT,
    label: nameOf(index, season.id),
    shortLabel: fitLabel(`S${season.number}`, spot.width),
    ...(date ? { date } : {}),
    threads: threadsOf(index, [season.id, ...season.episodes.map((e) => e.id)]),
    approximate: episodes === 0,
  };
}

function novelMark(index: PackIndex, novel: Novel, place: Placer): HelixMark | null {
  const spot = place(novel.id, novel.published, Math.max(MIN_MARK_WIDTH, (novel.pages ?? DEFAULT_PAGES) / PAGES_PER_UNIT));
  if (!spot) return null;
  return {
    id: novel.id,
    itemId: novel.id,
    kind: 'novel',
    lane: '',
    x: round(spot.x),
    y: 0,
    width: round(spot.width),
    height: MARK_HEIGHT,
    label: novel.title,
    shortLabel: fitLabel(novel.title, spot.width, 5.5),
    date: novel.published,
    threads: threadsOf(index, [novel.id]),
    approximate: novel.pages === undefined,
  };
}

/** Characters that cross over get a small mark above the episode they appear in. */
function characterMarks(index: PackIndex, placed: ReadonlyMap<string, HelixMark>): HelixMark[] {
  const marks: HelixMark[] = [];
  for (const link of index.pack.links) {
    if (link.type !== 'appears-in' || marks.some((m) => m.id === link.from)) continue;
    const character = index.characters.get(link.from);
    const episode = index.episodes.get(link.to);
    const target = placed.get(link.to) ?? (episode ? placed.get(episode.season.id) : undefined);
    if (!character || !target) continue;
    const f = episode && !placed.has(link.to) ? (episode.season.episodes.indexOf(episode.episode) + 0.5) / episode.season.episodes.length : 0.5;
    marks.push({
      id: character.id,
      itemId: character.id,
      kind: 'character',
      lane: 'characters',
      x: round(target.x + target.width * f - MIN_MARK_WIDTH / 2),
      y: 0,
      width: MIN_MARK_WIDTH,
      height: MARK_HEIGHT,
      label: character.name,
      shortLabel: '',
      threads: [],
      approximate: false,
    });
  }
  return marks;
}

/** The whole universe: one lane per show and per novel series (a novel's first series), by date or by plan position. */
export function layoutUniverse(index: PackIndex, mode: HelixMode, planOrder: readonly string[]): HelixLayout {
  const { place, ticks } = mode === 'plan' ? planPlacer(index, planOrder) : timePlacer(index);
  const drafts: LaneDraft[] = [];
  for (const show of index.pack.shows) {
    const marks: HelixMark[] = [];
    for (const season of show.seasons) {
      const last = marks[marks.length - 1];
      const mark = seasonMark(index, season, place, last ? last.x + last.width : GUTTER);
      if (mark) marks.push(mark);
    }
    drafts.push({ id: `show:${show.id}`, label: show.title, kind: 'show', marks });
  }
  const seriesIds = index.pack.series.map((s) => s.id);
  for (const novel of index.pack.novels) {
    const first = novel.series[0] ?? '';
    if (!seriesIds.includes(first)) seriesIds.push(first);
  }
  for (const seriesId of seriesIds) {
    const novels = index.pack.novels.filter((n) => n.series[0] === seriesId);
    const marks = novels.map((n) => novelMark(index, n, place)).filter((m): m is HelixMark => m !== null);
    drafts.push({ id: `series:${seriesId}`, label: `${index.series.get(seriesId)?.title ?? seriesId} novels`, kind: 'series', marks });
  }
  const stacked = stackLanes(drafts, AXIS_HEIGHT, MARK_GAP);
  const placed = new Map(stacked.marks.map((m) => [m.id, m]));
  const characters = stackLanes([{ id: 'characters', label: 'Crossovers', kind: 'characters', marks: characterMarks(index, placed) }], stacked.bottom, MARK_GAP);

  const marks: HelixMark[] = [];
  for (const mark of [...stacked.marks, ...characters.marks]) {
    marks.push(mark);
    const novel = mark.kind === 'novel' ? index.novels.get(mark.id) : undefined;
    if (novel) marks.push(...segmentMarks(index, novel, mark, { side: 2, top: 15, height: 9 }));
  }
  const byId = new Map(marks.map((m) => [m.id, m]));
  const right = marks.reduce((max, m) => Math.max(max, m.x + m.width), GUTTER);
  return {
    mode,
    lanes: [...stacked.lanes, ...characters.lanes],
    marks,
    links: routeLinks(index, byId),
    ticks,
    gutter: GUTTER,
    width: round(Math.max(right, ...ticks.map((t) => t.x)) + RIGHT_MARGIN),
    height: round(characters.bottom + 10),
  };
}
