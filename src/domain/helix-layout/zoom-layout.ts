import { episodeCode, nameOf } from '../pack/labels';
import type { PackIndex } from '../pack/pack-index';
import { dateSortKey } from '../pack/partial-date';
import type { Link } from '../pack/schema';
import { GUTTER, LABEL_SIZE, LANE_PAD, LANE_SIZE, LEADING, MIN_MARK_WIDTH, NARROW_GUTTER, RIGHT_MARGIN, VERTICAL_BELOW } from './constants';
import { round } from './geometry';
import { gutterText } from './lane-stack';
import { seasonThreads, threadsOf } from './item-threads';
import { insideText, segmentMarks } from './novel-segments';
import { routeLinks } from './route-links';
import { textWidth } from './text-measure';
import type { HelixLane, HelixLayout, HelixMark } from './types';

const CONTAINER_HEIGHT = 56;
const INSET = 6;
const EPISODE_GAP = 3;
const LANE_GAP = 48;
/** Narrow frames put a lane's name on a line above it instead of in a gutter. */
const HEADING = 20;

/** Where the lanes' marks run: after the gutter, or (narrow) across the whole width under a heading. */
interface Span {
  left: number;
  width: number;
  headings: boolean;
}

/** The season an id belongs to: the season itself or an episode's season. */
function seasonOf(index: PackIndex, id: string): string | undefined {
  return index.seasons.has(id) ? id : index.episodes.get(id)?.season.id;
}

/**
 * Which records the zoomed picture shows: the focus season, the novels adapted in it, the other
 * seasons those novels (or a lead-in) reach, and the characters who cross into it.
 */
function collect(index: PackIndex, focusId: string) {
  const touchesFocus = (link: Link) => seasonOf(index, link.from) === focusId || seasonOf(index, link.to) === focusId;
  const novels: string[] = [];
  const seasons: string[] = [];
  const characters: string[] = [];
  const addSeason = (id: string | undefined) => {
    if (id && id !== focusId && !seasons.includes(id)) seasons.push(id);
  };
  for (const link of index.pack.links) {
    if (!touchesFocus(link)) continue;
    if (link.type === 'adapts' && index.novels.has(link.from) && !novels.includes(link.from)) novels.push(link.from);
    if (link.type === 'leads-into') addSeason(seasonOf(index, seasonOf(index, link.from) === focusId ? link.to : link.from));
    if (link.type === 'appears-in' && index.characters.has(link.from) && !characters.includes(link.from)) characters.push(link.from);
  }
  for (const novel of novels) {
    for (const link of index.linksOf.get(novel) ?? []) if (link.type === 'adapts' && link.from === novel) addSeason(seasonOf(index, link.to));
  }
  const premiere = (id: string) => {
    const season = index.seasons.get(id)?.season;
    const date = season?.premiere ?? season?.episodes[0]?.released;
    return date ? dateSortKey(date) : Number.POSITIVE_INFINITY;
  };
  seasons.sort((a, b) => premiere(a) - premiere(b) || a.localeCompare(b));
  return { novels, seasons, characters };
}

function seasonMarks(index: PackIndex, seasonId: string, lane: string, y: number, span: Span): HelixMark[] {
  const ref = index.seasons.get(seasonId);
  if (!ref) return [];
  const { season, show } = ref;
  const date = season.premiere ?? season.episodes[0]?.released;
  const threads = seasonThreads(index, season);
  const container: HelixMark = {
    id: season.id,
    itemId: season.id,
    kind: 'season',
    lane,
    x: span.left,
    y,
    width: span.width,
    height: CONTAINER_HEIGHT,
    label: nameOf(index, season.id),
    text: null,
    ...(date ? { date } : {}),
    threads: threads.season,
    approximate: season.episodes.length === 0,
  };
  const runtimes = season.episodes.map((e) => e.runtimeMin ?? show.typicalRuntimeMin);
  const total = runtimes.reduce((a, b) => a + b, 0);
  const inner = span.width - INSET * 2 - EPISODE_GAP * Math.max(0, season.episodes.length - 1);
  let x = span.left + INSET;
  const episodes = season.episodes.map((episode, i): HelixMark => {
    const width = round(Math.max(MIN_MARK_WIDTH / 2, (inner * (runtimes[i] ?? 0)) / total));
    const code = episodeCode(season.number, episode.number);
    const box = { x: round(x), y: y + INSET, width, height: CONTAINER_HEIGHT - INSET * 2 };
    const mark: HelixMark = {
      id: episode.id,
      itemId: episode.id,
      kind: 'episode',
      lane,
      parent: season.id,
      x: round(x),
      y: y + INSET,
      width,
      height: CONTAINER_HEIGHT - INSET * 2,
      label: `${show.title} ${code}${episode.title ? ` ‘${episode.title}’` : ''}`,
      text: insideText(box, [`E${episode.number}`, `${episode.number}`]),
      ...(episode.released ? { date: episode.released } : {}),
      threads: threads.episodes.get(episode.id) ?? [],
      approximate: episode.runtimeMin === undefined,
    };
    x += width + EPISODE_GAP;
    return mark;
  });
  return [container, ...episodes];
}

function novelMarks(index: PackIndex, novelId: string, lane: string, y: number, span: Span): HelixMark[] {
  const novel = index.novels.get(novelId);
  if (!novel) return [];
  const container: HelixMark = {
    id: novel.id,
    itemId: novel.id,
    kind: 'novel',
    lane,
    x: span.left,
    y,
    width: span.width,
    height: CONTAINER_HEIGHT,
    label: novel.title,
    text: null,
    date: novel.published,
    threads: threadsOf(index, [novel.id]),
    approximate: novel.pages === undefined,
  };
  return [container, ...segmentMarks(index, novel, container, { side: INSET, top: INSET, height: CONTAINER_HEIGHT - INSET * 2 })];
}

/** One season up close: its episodes, the chapter segments linked to it, and the seasons they braid with, fitted to `width`. */
export function layoutZoom(index: PackIndex, focusId: string, width: number): HelixLayout | null {
  if (!index.seasons.has(focusId)) return null;
  const { novels, seasons, characters } = collect(index, focusId);
  const headings = width < VERTICAL_BELOW;
  const gutter = headings ? 8 : width >= 800 ? GUTTER : NARROW_GUTTER;
  const span: Span = { left: gutter, width: width - gutter - RIGHT_MARGIN, headings };
  const lanes: HelixLane[] = [];
  const marks: HelixMark[] = [];
  let y = 12;
  const addLane = (id: string, label: string, kind: HelixLane['kind'], build: (lane: string, top: number) => HelixMark[]) => {
    const heading = headings ? HEADING : 0;
    const built = build(id, y + LANE_PAD + heading);
    const text = headings ? { lines: [label], x: gutter, y: round(y + LANE_PAD + LANE_SIZE), size: LANE_SIZE, bold: true, leading: LEADING } : gutterText(label, y, gutter);
    const nameHeight = headings ? 0 : 12 + (text.lines.length - 1) * LEADING + 4;
    const height = LANE_PAD * 2 + heading + Math.max(nameHeight, ...built.map((m) => m.y + m.height - y - LANE_PAD - heading), 0);
    lanes.push({ id, label, kind, x: 0, y, width, height, text });
    marks.push(...built);
    y += height + LANE_GAP;
  };
  addLane(`season:${focusId}`, nameOf(index, focusId), 'season', (lane, top) => seasonMarks(index, focusId, lane, top, span));
  for (const novel of novels) addLane(`novel:${novel}`, nameOf(index, novel), 'novel', (lane, top) => novelMarks(index, novel, lane, top, span));
  for (const season of seasons) addLane(`season:${season}`, nameOf(index, season), 'season', (lane, top) => seasonMarks(index, season, lane, top, span));
  if (characters.length > 0) {
    const placed = new Map(marks.map((m) => [m.id, m]));
    addLane('characters', 'Crossovers', 'characters', (lane, top) => {
      const pills = characters.map((id): HelixMark => {
        const name = nameOf(index, id);
        const pill = Math.min(span.width, textWidth(name, LABEL_SIZE) + 20);
        const target = index.pack.links.find((l) => l.type === 'appears-in' && l.from === id && placed.has(l.to));
        const at = target ? placed.get(target.to) : undefined;
        const x = at ? at.x + at.width / 2 - pill / 2 : span.left;
        return { id, itemId: id, kind: 'character', lane, x, y: top, width: round(pill), height: 24, label: name, text: null, threads: [], approximate: false };
      });
      // Crossovers at the same place would overlap: keep them apart, in order, inside the frame.
      pills.sort((a, b) => a.x - b.x);
      let next = span.left;
      for (const pill of pills) {
        pill.x = Math.max(next, Math.min(pill.x, span.left + span.width - pill.width));
        next = pill.x + pill.width + 4;
      }
      return pills.map((pill) => ({ ...pill, x: round(pill.x), text: insideText({ ...pill, x: pill.x + 6 }, [pill.label]) }));
    });
  }
  const byId = new Map(marks.map((m) => [m.id, m]));
  return {
    mode: 'zoom',
    orientation: 'horizontal',
    lanes,
    marks,
    links: routeLinks(index, byId, 'horizontal'),
    ticks: [],
    width: round(width),
    height: round(y - LANE_GAP + 12),
  };
}
