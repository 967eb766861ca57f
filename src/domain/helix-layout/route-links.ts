import type { PackIndex } from '../pack/pack-index';
import type { Link } from '../pack/schema';
import { curvePath, edgePoint, sidewaysPath } from './geometry';
import { chapterCount, chapterSpan } from './novel-segments';
import { segmentMarkId } from './segment-id';
import type { HelixLink, HelixMark, HelixOrientation, HelixPoint } from './types';

interface Anchor {
  mark: HelixMark;
  /** Fraction along the mark's width where the curve attaches. */
  f: number;
}

/**
 * Where a link attaches at one end. A novel end with chapters attaches to the matching segment,
 * else to the chapters' place along the novel; a thread without chapters attaches where that
 * thread's segments lie. An episode without a mark of its own attaches to its season's mark at
 * the episode's place.
 */
function anchorOf(index: PackIndex, marks: ReadonlyMap<string, HelixMark>, id: string, link: Link, isFrom: boolean): Anchor | null {
  const novel = isFrom ? index.novels.get(id) : undefined;
  if (novel) {
    const mark = marks.get(id);
    if (!mark) return null;
    const total = chapterCount(index, novel);
    if (link.chapters) {
      const segment = marks.get(segmentMarkId(id, link.chapters));
      if (segment) return { mark: segment, f: 0.5 };
      if (total) {
        const [a, b] = chapterSpan(total, link.chapters);
        return { mark, f: (a + b) / 2 };
      }
    } else if (link.thread && total) {
      const spans = (novel.segments ?? []).filter((s) => s.thread === link.thread).map((s) => chapterSpan(total, s.chapters));
      if (spans.length > 0) return { mark, f: (Math.min(...spans.map((s) => s[0])) + Math.max(...spans.map((s) => s[1]))) / 2 };
    }
    return { mark, f: 0.5 };
  }
  const own = marks.get(id);
  if (own) return { mark: own, f: 0.5 };
  const episode = index.episodes.get(id);
  if (episode) {
    const season = marks.get(episode.season.id);
    if (!season) return null;
    const position = episode.season.episodes.indexOf(episode.episode);
    return { mark: season, f: (position + 0.5) / Math.max(1, episode.season.episodes.length) };
  }
  return null;
}

/** Lanes across, time left to right: curves leave and enter marks through their top or bottom edge. */
function acrossLanes(from: Anchor, to: Anchor): { start: HelixPoint; end: HelixPoint; d: string } {
  const fromMid = from.mark.y + from.mark.height / 2;
  const toMid = to.mark.y + to.mark.height / 2;
  const sameRow = Math.abs(fromMid - toMid) < 1;
  const downwards = fromMid < toMid;
  const start = edgePoint(from.mark, from.f, sameRow || !downwards ? 'top' : 'bottom');
  const end = edgePoint(to.mark, to.f, sameRow || downwards ? 'top' : 'bottom');
  return { start, end, d: curvePath(start, end) };
}

/**
 * Columns side by side, time top to bottom: curves leave through the side facing the other column; two
 * marks in one column are joined by a loop out into the space beside it, towards the middle of the picture.
 */
function acrossColumns(from: Anchor, to: Anchor, middle: number): { start: HelixPoint; end: HelixPoint; d: string } {
  const fromCentre = from.mark.x + from.mark.width / 2;
  const toCentre = to.mark.x + to.mark.width / 2;
  const column = (x: number) => (x < middle ? 'left' : 'right');
  if (column(fromCentre) === column(toCentre)) {
    const side = column(fromCentre) === 'left' ? 'right' : 'left';
    const start = edgePoint(from.mark, 0.5, side);
    const end = edgePoint(to.mark, 0.5, side);
    return { start, end, d: sidewaysPath(start, end, side === 'right' ? 18 : -18) };
  }
  const towards = toCentre > fromCentre ? 'right' : 'left';
  const start = edgePoint(from.mark, 0.5, towards);
  const end = edgePoint(to.mark, to.f, towards === 'right' ? 'left' : 'right');
  return { start, end, d: sidewaysPath(start, end) };
}

/** One curve per pack link whose two ends both have a mark in the layout. */
export function routeLinks(index: PackIndex, marks: ReadonlyMap<string, HelixMark>, orientation: HelixOrientation, middle = 0): HelixLink[] {
  const routed: HelixLink[] = [];
  for (const link of index.pack.links) {
    const from = anchorOf(index, marks, link.from, link, true);
    const to = anchorOf(index, marks, link.to, link, false);
    if (!from || !to || from.mark === to.mark) continue;
    const { start, end, d } = orientation === 'horizontal' ? acrossLanes(from, to) : acrossColumns(from, to, middle);
    const thread = link.thread ?? (from.mark.kind === 'segment' ? from.mark.threads[0] : undefined);
    routed.push({
      id: link.id,
      type: link.type,
      from: from.mark.id,
      to: to.mark.id,
      d,
      start,
      end,
      ...(thread ? { thread } : {}),
      color: (thread && index.threads.get(thread)?.color) || null,
      dotted: link.type === 'appears-in',
      arrow: link.type === 'leads-into',
    });
  }
  return routed;
}
