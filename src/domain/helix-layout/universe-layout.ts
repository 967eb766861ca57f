import { nameOf } from '../pack/labels';
import type { PackIndex } from '../pack/pack-index';
import { dateSortKey } from '../pack/partial-date';
import type { Film, Novel, Season } from '../pack/schema';
import {
  AXIS_HEIGHT,
  DEFAULT_EPISODES,
  DEFAULT_PAGES,
  GUTTER,
  LEADING,
  MARK_GAP,
  MIN_MARK_WIDTH,
  NARROW_GUTTER,
  RIGHT_MARGIN,
  SEGMENT_MIN_WIDTH,
  TICK_SIZE,
  YEARS_PER_EPISODE,
  YEARS_PER_PAGE,
} from './constants';
import { round } from './geometry';
import { seasonThreads, threadsOf } from './item-threads';
import { stackLanes, type LaneDraft } from './lane-stack';
import { chapterCount, segmentMarks } from './novel-segments';
import { routeLinks } from './route-links';
import { textWidth } from './text-measure';
import type { HelixLayout, HelixMark, HelixMode, HelixTick } from './types';

/** Where a season or novel sits on the x axis and how wide it is; null leaves it out. */
type Placer = (itemId: string, date: string | undefined, years: number) => { x: number; width: number } | null;

interface Scale {
  place: Placer;
  /** Positions and labels of the axis ticks, left to right. */
  ticks: { x: number; label: string }[];
}

const DAYS_PER_YEAR = 365.25;
/** A year with nothing in it still gets this share of the axis (one item adds 1). */
const YEAR_BASE_WEIGHT = 0.6;

export function seasonDate(season: Season): string | undefined {
  return season.premiere ?? season.episodes[0]?.released;
}

function dates(index: PackIndex): string[] {
  const all = [...index.seasons.values()]
    .map((s) => seasonDate(s.season))
    .concat(index.pack.novels.map((n) => n.published), (index.pack.films ?? []).map((f) => f.released));
  return all.filter((d): d is string => d !== undefined);
}

/**
 * Years across the frame's width. A year's width grows with what came out in it (a base share plus one per
 * season or novel), so the crowded television years get room for their labels while the quiet early years
 * stay narrow; ticks mark the years, as many as have room for their labels.
 */
function timeScale(index: PackIndex, left: number, right: number): Scale & { unit: number } {
  const years = dates(index).map((d) => Number(d.slice(0, 4)));
  const firstYear = years.length > 0 ? Math.min(...years) : 2000;
  const lastYear = (years.length > 0 ? Math.max(...years) : 2000) + 1;
  const count = new Map<number, number>();
  for (const year of years) count.set(year, (count.get(year) ?? 0) + 1);
  const weights: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) weights.push(YEAR_BASE_WEIGHT + (count.get(year) ?? 0));
  const total = weights.reduce((a, b) => a + b, 0);
  const starts: number[] = [];
  let at = left;
  for (const weight of weights) {
    starts.push(at);
    at += ((right - left) * weight) / total;
  }
  const startOf = (year: number) => starts[Math.min(starts.length - 1, Math.max(0, year - firstYear))] ?? left;
  const widthOf = (year: number) => (year + 1 <= lastYear ? startOf(year + 1) : right) - startOf(year);
  const xOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    const within = (dateSortKey(date) - dateSortKey(String(year))) / DAYS_PER_YEAR;
    return round(startOf(year) + within * widthOf(year));
  };
  // Marks keep one size scale across the picture: an average year.
  const unit = (right - left) / (lastYear - firstYear + 1);
  const labelRoom = textWidth('0000', TICK_SIZE) + 10;
  const ticks = [];
  let lastLabel = Number.NEGATIVE_INFINITY;
  for (let year = firstYear; year <= lastYear; year++) {
    const x = round(startOf(year));
    if (x - lastLabel < labelRoom) continue;
    ticks.push({ x, label: String(year) });
    lastLabel = x;
  }
  return { place: (_id, date, length) => ({ x: date ? xOf(date) : Number.NaN, width: Math.max(MIN_MARK_WIDTH, length * unit) }), ticks, unit };
}

/** Plan mode: each item spans the plan positions of its entries; ticks every 10, 25 or 50 positions. */
function planScale(index: PackIndex, planOrder: readonly string[], left: number, right: number): Scale {
  const spans = new Map<string, [number, number]>();
  planOrder.forEach((entryId, position) => {
    const episode = index.episodes.get(entryId);
    const itemId = episode ? episode.season.id : (entryId.split('#')[0] ?? entryId);
    const span = spans.get(itemId);
    if (span) span[1] = position;
    else spans.set(itemId, [position, position]);
  });
  const perEntry = (right - left) / Math.max(1, planOrder.length);
  const labelRoom = textWidth('#000', TICK_SIZE) + 10;
  const step = [10, 25, 50, 100, 250].find((s) => s * perEntry >= labelRoom) ?? 500;
  const ticks = [];
  for (let n = step; n <= planOrder.length; n += step) ticks.push({ x: round(left + (n - 1) * perEntry), label: `#${n}` });
  return {
    place: (itemId) => {
      const span = spans.get(itemId);
      if (!span) return null;
      return { x: left + span[0] * perEntry, width: Math.max(MIN_MARK_WIDTH, (span[1] - span[0] + 1) * perEntry - MARK_GAP / 2) };
    },
    ticks,
  };
}

function seasonMark(index: PackIndex, season: Season, place: Placer, previousEnd: number): HelixMark | null {
  const ref = index.seasons.get(season.id);
  if (!ref) return null;
  const episodes = season.episodes.length;
  const date = seasonDate(season);
  const spot = place(season.id, date, (episodes || DEFAULT_EPISODES) * YEARS_PER_EPISODE);
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
    height: 0,
    label: nameOf(index, season.id),
    text: null,
    ...(date ? { date } : {}),
    threads: seasonThreads(index, season).season,
    approximate: episodes === 0,
  };
}

/** A film: a short mark at its release date (two hours are a sliver of a year), in the Films lane. */
export function filmMark(index: PackIndex, film: Film, place: Placer): HelixMark | null {
  const spot = place(film.id, film.released, 2 * YEARS_PER_EPISODE);
  if (!spot) return null;
  return {
    id: film.id,
    itemId: film.id,
    kind: 'film',
    lane: '',
    x: round(spot.x),
    y: 0,
    width: round(spot.width),
    height: 0,
    label: `${film.title} (film)`,
    text: null,
    date: film.released,
    threads: threadsOf(index, [film.id]),
    approximate: film.runtimeMin === undefined,
  };
}

/** Whether a novel's story-thread segments are drawn inside its mark. */
function hasSegments(index: PackIndex, novelId: string): boolean {
  const novel = index.novels.get(novelId);
  return Boolean(novel?.segments?.length && chapterCount(index, novel));
}

function novelMark(index: PackIndex, novel: Novel, place: Placer): HelixMark | null {
  const spot = place(novel.id, novel.published, (novel.pages ?? DEFAULT_PAGES) * YEARS_PER_PAGE);
  if (!spot) return null;
  // Story-thread segments become marks of their own inside the novel: give each room to be seen and clicked.
  const segments = hasSegments(index, novel.id) ? (novel.segments?.length ?? 0) : 0;
  const width = Math.max(spot.width, segments * SEGMENT_MIN_WIDTH + 4);
  return {
    id: novel.id,
    itemId: novel.id,
    kind: 'novel',
    lane: '',
    x: round(spot.x),
    y: 0,
    width: round(width),
    height: 0,
    label: novel.title,
    text: null,
    date: novel.published,
    threads: threadsOf(index, [novel.id]),
    approximate: novel.pages === undefined,
  };
}

/** Characters who cross over get a small round mark at the episode they appear in. */
function characterMarks(index: PackIndex, placed: ReadonlyMap<string, HelixMark>): { mark: HelixMark; labels: string[] }[] {
  const marks: { mark: HelixMark; labels: string[] }[] = [];
  for (const link of index.pack.links) {
    if (link.type !== 'appears-in' || marks.some((m) => m.mark.id === link.from)) continue;
    const character = index.characters.get(link.from);
    const episode = index.episodes.get(link.to);
    const target = placed.get(link.to) ?? (episode ? placed.get(episode.season.id) : undefined);
    if (!character || !target) continue;
    const f = episode && !placed.has(link.to) ? (episode.season.episodes.indexOf(episode.episode) + 0.5) / episode.season.episodes.length : 0.5;
    marks.push({
      mark: {
        id: character.id,
        itemId: character.id,
        kind: 'character',
        lane: 'characters',
        x: round(target.x + target.width * f - MIN_MARK_WIDTH / 2),
        y: 0,
        width: MIN_MARK_WIDTH + 4,
        height: 0,
        label: character.name,
        text: null,
        threads: [],
        approximate: false,
      },
      labels: [character.name],
    });
  }
  return marks;
}

/**
 * The whole universe on a horizontal time (or plan) axis fitted to `width`: one lane per show, one for the
 * films, and one per novel series (a novel's first series), names in the left gutter, every label whole and clear of every mark.
 */
export function layoutUniverse(index: PackIndex, mode: HelixMode, planOrder: readonly string[], width: number): HelixLayout {
  const gutter = width >= 800 ? GUTTER : NARROW_GUTTER;
  // A pack may rename a lane (manifest.helix.lanes); the default names come from its shows and series.
  const laneLabel = (lane: string, fallback: string) => index.manifest.laneLabels.get(lane) ?? fallback;
  // Room on the right for the widest mark, so the last one ends inside the frame.
  const right = width - RIGHT_MARGIN - 40;
  const { place, ticks } = mode === 'plan' ? planScale(index, planOrder, gutter + 4, right) : timeScale(index, gutter + 4, right);
  const drafts: LaneDraft[] = [];
  for (const show of index.pack.shows) {
    const marks: HelixMark[] = [];
    for (const season of show.seasons) {
      const last = marks[marks.length - 1];
      const mark = seasonMark(index, season, place, last ? last.x + last.width : gutter);
      if (mark) marks.push(mark);
    }
    drafts.push({ id: `show:${show.id}`, label: laneLabel(`show:${show.id}`, show.title), kind: 'show', marks: marks.map((mark) => ({ mark, labels: [mark.label.slice(show.title.length + 1)] })) });
  }
  const films = (index.pack.films ?? []).map((film) => filmMark(index, film, place)).filter((m): m is HelixMark => m !== null);
  if (films.length > 0) drafts.push({ id: 'films', label: laneLabel('films', 'Films'), kind: 'films', marks: films.map((mark) => ({ mark, labels: [mark.label.replace(/ \(film\)$/, '')] })) });
  const seriesIds = index.pack.series.map((s) => s.id);
  for (const novel of index.pack.novels) {
    const first = novel.series[0] ?? '';
    if (!seriesIds.includes(first)) seriesIds.push(first);
  }
  for (const seriesId of seriesIds) {
    const novels = index.pack.novels.filter((n) => n.series[0] === seriesId);
    const marks = novels.map((n) => novelMark(index, n, place)).filter((m): m is HelixMark => m !== null);
    drafts.push({ id: `series:${seriesId}`, label: laneLabel(`series:${seriesId}`, `${index.series.get(seriesId)?.title ?? seriesId} novels`), kind: 'series', marks: marks.map((mark) => ({ mark, labels: [mark.label], holdsOthers: hasSegments(index, mark.id) })) });
  }
  const frame = { width, gutter, margin: RIGHT_MARGIN };
  const stacked = stackLanes(drafts, AXIS_HEIGHT, frame);
  const placed = new Map(stacked.marks.map((m) => [m.id, m]));
  const characters = stackLanes([{ id: 'characters', label: laneLabel('characters', 'Crossovers'), kind: 'characters', marks: characterMarks(index, placed) }], stacked.bottom, frame);

  const marks: HelixMark[] = [];
  for (const mark of [...stacked.marks, ...characters.marks]) {
    marks.push(mark);
    const novel = mark.kind === 'novel' ? index.novels.get(mark.id) : undefined;
    if (novel) marks.push(...segmentMarks(index, novel, mark, { side: 2, top: 2, height: mark.height - 4 }));
  }
  const byId = new Map(marks.map((m) => [m.id, m]));
  const height = round(characters.bottom + 8);
  const axis: HelixTick[] = ticks.map((tick) => ({
    label: tick.label,
    x1: tick.x,
    y1: AXIS_HEIGHT - 4,
    x2: tick.x,
    y2: height,
    text: { lines: [tick.label], x: round(tick.x + 3), y: 15, size: TICK_SIZE, leading: LEADING },
  }));
  return {
    mode,
    orientation: 'horizontal',
    lanes: [...stacked.lanes, ...characters.lanes],
    marks,
    links: routeLinks(index, byId, 'horizontal'),
    ticks: axis,
    width: round(width),
    height,
  };
}
