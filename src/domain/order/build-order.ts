import { indexPack, type PackIndex } from '../pack/pack-index';
import type { Pack } from '../pack/schema';
import { collectItems } from './collect-items';
import { applyLeadIns } from './lead-ins';
import { mergeChains } from './merge-chains';
import type { OrderItem } from './order-item';
import { propagateBackwards } from './propagate';
import { anchorReading } from './reading-anchors';
import { blockId, blockPages, blockTitle } from './reading-blocks';
import { reasonFor } from './reasons';
import { anchorSeries } from './series-anchors';
import { collectThreads } from './threads';
import type { OrderEntry, OrderSpec } from './types';

export const DEFAULT_PAGES_PER_HOUR = 40;

/**
 * The order of everything the spec includes (DESIGN §3). Pure and deterministic. Steps:
 * 1. items and chains (a show's episodes, a novel's blocks), each with a key from its own date;
 * 2. strategy anchors: series groups; helix lead-ins; reading beside linked episodes;
 * 3. keys propagated backwards along each chain, so an item never waits for a later predecessor;
 * 4. a k-way merge of the chains by key (ties: see AnchorKey). Hard constraints hold by
 *    construction, whatever the links say, so contradictory links and loops cannot break it.
 * O(n log n) in the number of items plus links.
 */
export function buildOrder(pack: Pack, spec: OrderSpec): OrderEntry[] {
  return buildOrderFromIndex(indexPack(pack), spec);
}

/** buildOrder for callers that already hold the pack's index (saves re-indexing on every change). */
export function buildOrderFromIndex(index: PackIndex, spec: OrderSpec): OrderEntry[] {
  const pack = index.pack;
  const collected = collectItems(index, spec);
  const { items, chains, episodes } = collected;
  const episodeChains = chains.filter((chain) => chain[0]?.kind === 'episode');
  const readingChains = chains.filter((chain) => chain[0]?.kind === 'reading');
  let seriesPhrase: ((item: OrderItem) => string) | undefined;

  if (spec.strategy === 'series') seriesPhrase = anchorSeries(index, items, spec.seriesOrder ?? []);
  episodeChains.forEach(propagateBackwards);
  if (spec.strategy === 'helix') {
    applyLeadIns(pack, episodes);
    episodeChains.forEach(propagateBackwards);
  }
  if (spec.strategy === 'book-first' || spec.strategy === 'show-first' || spec.strategy === 'helix') {
    anchorReading(pack, collected, spec.strategy);
  }
  readingChains.forEach(propagateBackwards);

  const order = mergeChains(chains);
  const threads = collectThreads(index, collected);
  const pagesPerHour = spec.pagesPerHour !== undefined && spec.pagesPerHour > 0 && Number.isFinite(spec.pagesPerHour)
    ? spec.pagesPerHour
    : DEFAULT_PAGES_PER_HOUR;
  const context = { index, strategy: spec.strategy, ...(seriesPhrase ? { seriesPhrase } : {}) };

  return order.map((item): OrderEntry => {
    const reason = reasonFor(item, context);
    const itemThreads = threads.get(item) ?? [];
    if (item.kind === 'episode') {
      const { episode, season, show } = item.ref;
      const runtime = episode.runtimeMin;
      return {
        kind: 'episode',
        id: episode.id,
        title: episode.title ?? `Episode ${episode.number}`,
        minutes: runtime ?? show.typicalRuntimeMin,
        approximate: runtime === undefined,
        threads: itemThreads,
        reason,
        ...(episode.released !== undefined ? { released: episode.released } : {}),
        show: show.id,
        showTitle: show.title,
        season: season.number,
        episode: episode.number,
      };
    }
    const { block } = item;
    const { pages, approximate } = blockPages(block);
    return {
      kind: 'reading',
      id: blockId(block),
      title: blockTitle(block),
      minutes: Math.max(1, Math.round((pages / pagesPerHour) * 60)),
      approximate,
      threads: itemThreads,
      reason,
      released: block.novel.published,
      novel: block.novel.id,
      ...(block.chapters ? { chapters: block.chapters } : {}),
      ...(block.pages ? { pages: block.pages } : {}),
    };
  });
}
