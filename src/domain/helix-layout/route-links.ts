import type { PackIndex } from '../pack/pack-index';
import type { Link } from '../pack/schema';
import { curvePath, edgePoint } from './geometry';
import { chapterCount, chapterSpan } from './novel-segments';
import { segmentMarkId } from './segment-id';
import type { HelixLink, HelixMark } from './types';

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

/** One curve per pack link whose two ends both have a mark in the layout. */
export function routeLinks(index: PackIndex, marks: ReadonlyMap<string, HelixMark>): HelixLink[] {
  const routed: HelixLink[] = [];
  for (const link of index.pack.links) {
    const from = anchorOf(index, marks, link.from, link, true);
    const to = anchorOf(index, marks, link.to, link, false);
    if (!from || !to || from.mark === to.mark) continue;
    const fromMid = from.mark.y + from.mark.height / 2;
    const toMid = to.mark.y + to.mark.height / 2;
    const sameRow = Math.abs(fromMid - toMid) < 1;
    const downwards = fromMid < toMid;
    const start = edgePoint(from.mark, from.f, sameRow || !downwards ? 'top' : 'bottom');
    const end = edgePoint(to.mark, to.f, sameRow || downwards ? 'top' : 'bottom');
    const thread = link.thread ?? (from.mark.kind === 'segment' ? from.mark.threads[0] : undefined);
    routed.push({
      id: link.id,
      type: link.type,
      from: from.mark.id,
      to: to.mark.id,
      d: curvePath(start, end),
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
