import { indexPack, type PackIndex } from '../pack/pack-index';
import type { Pack } from '../pack/schema';
import { collectItems } from './collect-items';
import { anchorFilms } from './film-anchors';
import { applyLeadIns } from './lead-ins';
import { mergeOrder } from './merge-order';
import { holdLater, pullEarlier } from './propagate';
import { anchorReading } from './reading-anchors';
import { blockId, blockPages, blockTitle } from './reading-blocks';
import { nearestEpisodes, nextLinkedReading, reasonFor } from './reasons';
import { anchorSeries } from './series-anchors';
import { collectThreads } from './threads';
import type { EpisodeEntry, FilmEntry, OrderEntry, OrderSpec, ReadingEntry } from './types';

export const DEFAULT_PAGES_PER_HOUR = 40;
const NO_THREADS: readonly string[] = [];
/** Minutes assumed for a film whose runtime no source gives (shown as approximate). */
export const ASSUMED_FILM_MINUTES = 120;

/**
 * The order of everything the spec includes (DESIGN §3, docs/decisions/008). Pure and
 * deterministic. Steps:
 * 1. items and the constraint graph: chain edges (a show's episodes, a novel's blocks) and series
 *    edges (each included novel before the next included novel of each of its series), each item
 *    with a key from its own date;
 * 2. strategy anchors: series groups; helix lead-ins; reading beside linked episodes;
 * 3. a backward pass pulls predecessors earlier than their successors' keys, then a forward pass
 *    makes successors of fixed items wait behind them;
 * 4. films beside the novel they adapt (see anchorFilms), on the final keys;
 * 5. a priority topological merge by key (ties: see AnchorKey). Hard constraints (every edge)
 *    hold by construction whatever the links say, so contradictory links and loops cannot break it.
 * O((items + links) log items).
 */
export function buildOrder(pack: Pack, spec: OrderSpec): OrderEntry[] {
  return buildOrderFromIndex(indexPack(pack), spec);
}

/** buildOrder for callers that already hold the pack's index (saves re-indexing on every change). */
export function buildOrderFromIndex(index: PackIndex, spec: OrderSpec): OrderEntry[] {
  const pack = index.pack;
  const collected = collectItems(index, spec);
  const { items, episodes } = collected;
  // Episodes come first in ordinal order and no edge joins an episode and a reading block.
  const firstReading = collected.chains.reduce((count, chain) => count + (chain[0]?.kind === 'episode' ? chain.length : 0), 0);
  const seriesPlace = spec.strategy === 'series' ? anchorSeries(index, items, spec.seriesOrder ?? []) : undefined;

  pullEarlier(items, 0, firstReading);
  if (spec.strategy === 'helix') {
    applyLeadIns(pack, episodes);
    pullEarlier(items, 0, firstReading);
  }
  if (spec.strategy === 'book-first' || spec.strategy === 'show-first' || spec.strategy === 'helix') {
    anchorReading(pack, collected, spec.strategy);
  }
  pullEarlier(items, firstReading, items.length, spec.strategy === 'series');
  holdLater(items);
  anchorFilms(collected, spec.strategy);

  const order = mergeOrder(items);
  const threads = collectThreads(index, collected);
  const pagesPerHour = spec.pagesPerHour !== undefined && spec.pagesPerHour > 0 && Number.isFinite(spec.pagesPerHour)
    ? spec.pagesPerHour
    : DEFAULT_PAGES_PER_HOUR;
  const context = {
    index,
    strategy: spec.strategy,
    order,
    novels: new Set(collected.novels.map((novel) => novel.id)),
    seasonNovels: new Map<string, string | undefined>(),
    nearestEpisodes: nearestEpisodes(order),
    ...(seriesPlace ? { seriesPlace } : {}),
    ...(spec.strategy === 'helix' ? { nextReading: nextLinkedReading(index, order) } : {}),
  };

  // Entries are built field by field (no conditional spreads): this runs for every item.
  return order.map((item): OrderEntry => {
    const reason = reasonFor(item, context);
    const itemThreads = (item.kind !== 'film' && threads.get(item)) || NO_THREADS;
    if (item.kind === 'film') {
      const { film, novel } = item;
      const entry: FilmEntry = {
        kind: 'film',
        id: film.id,
        title: film.title,
        minutes: film.runtimeMin ?? ASSUMED_FILM_MINUTES,
        approximate: film.runtimeMin === undefined,
        threads: itemThreads,
        reason: reason.text,
        safeReason: reason.safe,
        released: film.released,
      };
      if (novel) entry.adapts = novel.id;
      return entry;
    }
    if (item.kind === 'episode') {
      const { episode, season, show } = item.ref;
      const runtime = episode.runtimeMin;
      const entry: EpisodeEntry = {
        kind: 'episode',
        id: episode.id,
        title: episode.title ?? `Episode ${episode.number}`,
        minutes: runtime ?? show.typicalRuntimeMin,
        approximate: runtime === undefined,
        threads: itemThreads,
        reason: reason.text,
        safeReason: reason.safe,
        show: show.id,
        showTitle: show.title,
        season: season.number,
        episode: episode.number,
      };
      if (episode.released !== undefined) entry.released = episode.released;
      return entry;
    }
    const { block, placement } = item;
    const { pages, approximate } = blockPages(block);
    const entry: ReadingEntry = {
      kind: 'reading',
      id: blockId(block),
      title: blockTitle(block),
      minutes: Math.max(1, Math.round((pages / pagesPerHour) * 60)),
      approximate,
      threads: itemThreads,
      reason: reason.text,
      safeReason: reason.safe,
      released: block.novel.published,
      novel: block.novel.id,
    };
    if (block.chapters) entry.chapters = block.chapters;
    if (block.pages) entry.pages = block.pages;
    if (spec.strategy === 'helix' && placement?.how === 'paced' && placement.fallback) entry.spreadOver = placement.fallback.seasons;
    return entry;
  });
}
