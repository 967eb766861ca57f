import { chapterText } from '../pack/labels';
import type { PackIndex } from '../pack/pack-index';
import type { Novel } from '../pack/schema';
import { LABEL_GAP, LABEL_SIZE, LEADING } from './constants';
import { centredBaseline, round } from './geometry';
import { textWidth } from './text-measure';
import { segmentMarkId } from './segment-id';
import type { HelixMark, HelixText } from './types';

/** The novel's chapter count: its own, else the last chapter any segment or link names. */
export function chapterCount(index: PackIndex, novel: Novel): number | undefined {
  if (novel.chapters) return novel.chapters;
  let last = 0;
  for (const segment of novel.segments ?? []) last = Math.max(last, segment.chapters[1]);
  for (const link of index.linksOf.get(novel.id) ?? []) if (link.from === novel.id && link.chapters) last = Math.max(last, link.chapters[1]);
  return last > 0 ? last : undefined;
}

/** Where chapters [from, to] sit along a novel, as fractions of its length. */
export function chapterSpan(total: number, chapters: readonly [number, number]): [number, number] {
  return [(chapters[0] - 1) / total, Math.min(1, chapters[1] / total)];
}

export function segmentLabel(index: PackIndex, novel: Novel, chapters: readonly [number, number], thread: string): string {
  const title = index.threads.get(thread)?.title;
  return `${novel.title}, ${chapterText(chapters)}${title ? ` (${title})` : ''}`;
}

/**
 * Segment sub-marks laid across the inside of a novel mark in chapter order. Each gets a small
 * floor width (so a one-chapter segment stays visible and focusable) plus its share of the
 * chapters; the floor is added per position, so neighbours keep at least `gap` between them.
 * Edges are rounded before widths are taken, so rounding never makes neighbours overlap.
 */
/** The first of `candidates` that fits inside a box, centred on its middle line; null when none does. */
export function insideText(box: { x: number; y: number; width: number; height: number }, candidates: readonly string[], size = LABEL_SIZE): HelixText | null {
  if (box.height < size + 2) return null;
  const fit = candidates.find((text) => textWidth(text, size) + LABEL_GAP * 2 <= box.width);
  return fit ? { lines: [fit], x: round(box.x + LABEL_GAP), y: centredBaseline(box.y + box.height / 2, size), size, leading: LEADING } : null;
}

export function segmentMarks(index: PackIndex, novel: Novel, container: HelixMark, inset: { side: number; top: number; height: number }): HelixMark[] {
  const total = chapterCount(index, novel);
  const segments = [...(novel.segments ?? [])].sort((a, b) => a.chapters[0] - b.chapters[0]);
  if (!total || segments.length === 0) return [];
  const left = container.x + inset.side;
  const inner = container.width - inset.side * 2;
  const floor = Math.min(4, inner / segments.length / 2);
  const gap = Math.min(1.5, floor / 3);
  const spread = inner - floor * segments.length;
  return segments.map((segment, i) => {
    const [f0, f1] = chapterSpan(total, segment.chapters);
    const x = round(left + spread * f0 + floor * i);
    const end = round(left + spread * f1 + floor * (i + 1) - gap);
    const width = round(end - x);
    const short = segment.chapters[0] === segment.chapters[1] ? `${segment.chapters[0]}` : `${segment.chapters[0]}–${segment.chapters[1]}`;
    const y = round(container.y + inset.top);
    return {
      id: segmentMarkId(novel.id, segment.chapters),
      itemId: novel.id,
      kind: 'segment' as const,
      lane: container.lane,
      parent: container.id,
      x,
      y,
      width,
      height: inset.height,
      label: segmentLabel(index, novel, segment.chapters, segment.thread),
      text: insideText({ x, y, width, height: inset.height }, [`ch. ${short}`, short]),
      date: novel.published,
      chapters: segment.chapters,
      threads: [segment.thread],
      approximate: false,
    };
  });
}
