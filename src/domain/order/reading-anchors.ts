import type { Link, Pack } from '../pack/schema';
import { compareKeys, READ_AFTER, READ_BEFORE, relativeTo } from './anchor-key';
import type { CollectedItems } from './collect-items';
import type { EpisodeItem, LinkPlacement, ReadingItem } from './order-item';
import { chapterSpan, firstEndingAfter } from './chapter-span';

export type LinkedStrategy = 'book-first' | 'show-first' | 'helix';

/**
 * Places reading blocks beside the episodes their novel's adapts links point at.
 * - book-first: before the first linked episode; show-first: after the last one;
 * - helix: before the exact linked episode; a chapter range linked to a whole season is spread
 *   evenly over the season's included episodes ("paced"); a whole novel linked to a season is
 *   read before the season.
 * A link naming chapters wins over a whole-novel link for the blocks it covers. Blocks with no
 * linked episode in the selection keep their publication date.
 */
export function anchorReading(pack: Pack, collected: CollectedItems, strategy: LinkedStrategy): void {
  const linksByNovel = new Map<string, Link[]>();
  for (const link of pack.links) {
    if (link.type !== 'adapts' || !collected.novelBlocks.has(link.from)) continue;
    const list = linksByNovel.get(link.from);
    if (list) list.push(link);
    else linksByNovel.set(link.from, [link]);
  }
  const better = (a: EpisodeItem, b: EpisodeItem) =>
    strategy === 'show-first' ? compareKeys(a.key, b.key) > 0 : compareKeys(a.key, b.key) < 0;

  for (const [novelId, links] of linksByNovel) {
    const blocks = collected.novelBlocks.get(novelId) ?? [];
    const spans = blocks.map((item) => chapterSpan(item.block));
    const specific: (LinkPlacement | undefined)[] = new Array(blocks.length);
    let whole: LinkPlacement | undefined;
    const offer = (current: LinkPlacement | undefined, next: LinkPlacement | undefined) =>
      next && (!current || better(next.episode, current.episode)) ? next : current;

    for (const link of links) {
      const toEpisode = collected.episodes.get(link.to);
      const targets = toEpisode ? [toEpisode] : (collected.seasonEpisodes.get(link.to) ?? []);
      if (targets.length === 0) continue;
      const range = link.chapters;
      if (!range || spans[0] === undefined) {
        whole = offer(whole, placeBeside(link, targets, strategy));
        continue;
      }
      const from = range[0] - 1;
      const to = range[1];
      // Blocks are in chapter order, so the blocks a range covers are one run: find its start.
      for (let i = firstEndingAfter(spans, from); i < blocks.length; i++) {
        const span = spans[i];
        if (!span || span[0] >= to) break;
        const exact = blocks[i]?.block.chapters !== undefined;
        const paced = strategy === 'helix' && (!exact || (!toEpisode && (span[0] > from || span[1] < to)));
        const placement = paced
          ? pace(link, targets, (Math.max(span[0], from) - from) / (to - from))
          : placeBeside(link, targets, strategy);
        specific[i] = offer(specific[i], placement);
      }
    }

    blocks.forEach((item, i) => place(item, specific[i] ?? whole));
  }
}

function place(item: ReadingItem, placement: LinkPlacement | undefined): void {
  if (!placement) return;
  item.placement = placement;
  item.linked = true;
  item.key = relativeTo(placement.episode.key, placement.how === 'after' ? READ_AFTER : READ_BEFORE, item.ordinal);
}

function placeBeside(link: Link, targets: readonly EpisodeItem[], strategy: LinkedStrategy): LinkPlacement | undefined {
  const episode = strategy === 'show-first' ? targets[targets.length - 1] : targets[0];
  return episode && { link, episode, how: strategy === 'show-first' ? 'after' : 'before' };
}

/**
 * helix, a block that is only part of a linked range: spread over the linked episodes by where
 * the block starts inside the range. Called "paced", never "adapts": the data is not that precise.
 * Page blocks are placed by the same proportion and always paced.
 */
function pace(link: Link, targets: readonly EpisodeItem[], fraction: number): LinkPlacement | undefined {
  const index = Math.min(targets.length - 1, Math.max(0, Math.floor(fraction * targets.length)));
  const episode = targets[index];
  return episode && { link, episode, how: 'paced' };
}
