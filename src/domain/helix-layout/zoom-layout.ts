import { episodeCode, nameOf } from '../pack/labels';
import type { PackIndex } from '../pack/pack-index';
import { dateSortKey } from '../pack/partial-date';
import type { Link } from '../pack/schema';
import { GUTTER, LANE_PAD, MIN_MARK_WIDTH, RIGHT_MARGIN, ZOOM_WIDTH } from './constants';
import { fitLabel, round } from './geometry';
import { threadsOf } from './item-threads';
import { segmentMarks } from './novel-segments';
import { routeLinks } from './route-links';
import type { HelixLane, HelixLayout, HelixMark } from './types';

const CONTAINER_HEIGHT = 64;
const INSET = 6;
const EPISODE_GAP = 4;
const LANE_GAP = 56;

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

function seasonMarks(index: PackIndex, seasonId: string, lane: string, y: number): HelixMark[] {
  const ref = index.seasons.get(seasonId);
  if (!ref) return [];
  const { season, show } = ref;
  const date = season.premiere ?? season.episodes[0]?.released;
  const container: HelixMark = {
    id: season.id,
    itemId: season.id,
    kind: 'season',
    lane,
    x: GUTTER,
    y,
    width: ZOOM_WIDTH,
    height: CONTAINER_HEIGHT,
    label: nameOf(index, season.id),
    shortLabel: '',
    ...(date ? { date } : {}),
    threads: threadsOf(index, [season.id, ...season.episodes.map((e) => e.id)]),
    approximate: season.episodes.length === 0,
  };
  const runtimes = season.episodes.map((e) => e.runtimeMin ?? show.typicalRuntimeMin);
  const total = runtimes.reduce((a, b) => a + b, 0);
  const inner = ZOOM_WIDTH - INSET * 2 - EPISODE_GAP * Math.max(0, season.episodes.length - 1);
  let x = GUTTER + INSET;
  const episodes = season.episodes.map((episode, i): HelixMark => {
    const width = round(Math.max(MIN_MARK_WIDTH / 2, (inner * (runtimes[i] ?? 0)) / total));
    const code = episodeCode(season.number, episode.number);
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
      shortLabel: fitLabel(`E${episode.number}`, width),
      ...(episode.released ? { date: episode.released } : {}),
      threads: threadsOf(index, [episode.id]),
      approximate: episode.runtimeMin === undefined,
    };
    x += width + EPISODE_GAP;
    return mark;
  });
  return [container, ...episodes];
}

function novelMarks(index: PackIndex, novelId: string, lane: string, y: number): HelixMark[] {
  const novel = index.novels.get(novelId);
  if (!novel) return [];
  const container: HelixMark = {
    id: novel.id,
    itemId: novel.id,
    kind: 'novel',
    lane,
    x: GUTTER,
    y,
    width: ZOOM_WIDTH,
    height: CONTAINER_HEIGHT,
    label: novel.title,
    shortLabel: '',
    date: novel.published,
    threads: threadsOf(index, [novel.id]),
    approximate: novel.pages === undefined,
  };
  return [container, ...segmentMarks(index, novel, container, { side: INSET, top: INSET, height: CONTAINER_HEIGHT - INSET * 2 })];
}

/** One season up close: its episodes, the chapter segments linked to it, and the seasons they braid with. */
export function layoutZoom(index: PackIndex, focusId: string): HelixLayout | null {
  if (!index.seasons.has(focusId)) return null;
  const { novels, seasons, characters } = collect(index, focusId);
  const lanes: HelixLane[] = [];
  const marks: HelixMark[] = [];
  let y = 16;
  const addLane = (id: string, label: string, kind: HelixLane['kind'], build: (lane: string, top: number) => HelixMark[]) => {
    const built = build(id, y + LANE_PAD);
    const height = LANE_PAD * 2 + Math.max(...built.map((m) => m.y + m.height - y - LANE_PAD), 0);
    lanes.push({ id, label, kind, y, height });
    marks.push(...built);
    y += height + LANE_GAP;
  };
  addLane(`season:${focusId}`, nameOf(index, focusId), 'season', (lane, top) => seasonMarks(index, focusId, lane, top));
  for (const novel of novels) addLane(`novel:${novel}`, nameOf(index, novel), 'novel', (lane, top) => novelMarks(index, novel, lane, top));
  for (const season of seasons) addLane(`season:${season}`, nameOf(index, season), 'season', (lane, top) => seasonMarks(index, season, lane, top));
  if (characters.length > 0) {
    const placed = new Map(marks.map((m) => [m.id, m]));
    addLane('characters', 'Crossovers', 'characters', (lane, top) =>
      characters.map((id, i): HelixMark => {
        const target = index.pack.links.find((l) => l.type === 'appears-in' && l.from === id && placed.has(l.to));
        const at = target ? placed.get(target.to) : undefined;
        const x = at ? at.x + at.width / 2 - 40 : GUTTER + i * 96;
        return {
          id,
          itemId: id,
          kind: 'character',
          lane,
          x: round(Math.max(GUTTER, x) + i * 0.01),
          y: top,
          width: 80,
          height: 26,
          label: nameOf(index, id),
          shortLabel: fitLabel(nameOf(index, id), 80, 5.5),
          threads: [],
          approximate: false,
        };
      }),
    );
    // Two crossovers at the same place would overlap: keep them apart, in order.
    const row = marks.filter((m) => m.lane === 'characters').sort((a, b) => a.x - b.x);
    row.forEach((mark, i) => {
      const before = row[i - 1];
      if (before && mark.x < before.x + before.width + 4) mark.x = round(before.x + before.width + 4);
    });
  }
  const byId = new Map(marks.map((m) => [m.id, m]));
  const right = marks.reduce((max, m) => Math.max(max, m.x + m.width), GUTTER + ZOOM_WIDTH);
  return {
    mode: 'zoom',
    lanes,
    marks,
    links: routeLinks(index, byId),
    ticks: [],
    gutter: GUTTER,
    width: round(right + RIGHT_MARGIN),
    height: round(y - LANE_GAP + 16),
  };
}
