import { nameOf } from '../pack/labels';
import type { PackIndex } from '../pack/pack-index';
import type { Link } from '../pack/schema';
import type { HelixMark } from './types';

function overlapsChapters(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * The pack links a mark stands in for. A segment has its novel's links that name overlapping
 * chapters or its thread; a season also has its episodes' links; anything else, its own links.
 */
export function linksOfMark(index: PackIndex, mark: HelixMark): Link[] {
  if (mark.kind === 'segment' && mark.chapters) {
    const chapters = mark.chapters;
    return (index.linksOf.get(mark.itemId) ?? []).filter((link) =>
      link.chapters ? overlapsChapters(link.chapters, chapters) : link.thread !== undefined && mark.threads.includes(link.thread),
    );
  }
  const ids = [mark.itemId];
  if (mark.kind === 'season') for (const e of index.seasons.get(mark.itemId)?.season.episodes ?? []) ids.push(e.id);
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const id of ids) {
    for (const link of index.linksOf.get(id) ?? []) {
      if (seen.has(link.id)) continue;
      seen.add(link.id);
      links.push(link);
    }
  }
  return links;
}

/** The far end of a link as seen from a mark, e.g. "Bosch: Legacy S3" from Desert Star. */
export function otherEndName(index: PackIndex, mark: HelixMark, link: Link): string {
  const here = link.from === mark.itemId || index.episodes.get(link.from)?.season.id === mark.itemId;
  return nameOf(index, here ? link.to : link.from);
}

/**
 * The mark's accessible name: "Desert Star, ch. 38–54 (The Gallagher family case) — linked to
 * Bosch: Legacy S3". Far ends are named once each, in link order.
 */
export function markAccessibleName(index: PackIndex, mark: HelixMark): string {
  const names: string[] = [];
  for (const link of linksOfMark(index, mark)) {
    const name = otherEndName(index, mark, link);
    if (!names.includes(name)) names.push(name);
  }
  return names.length > 0 ? `${mark.label} — linked to ${names.join(', ')}` : mark.label;
}
