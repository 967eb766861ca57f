import type { EpisodeRef } from '../pack/pack-index';
import type { Film, Link, Novel } from '../pack/schema';
import type { AnchorKey } from './anchor-key';
import type { ReadingBlock } from './reading-blocks';

/** Where a reading block was placed because of an adapts link, for its reason. */
export interface LinkPlacement {
  readonly link: Link;
  /** The episode the block sits beside. */
  readonly episode: EpisodeItem;
  /** before/after: beside a linked episode or season; paced: spread across a season. */
  readonly how: 'before' | 'after' | 'paced';
  /**
   * Set when the novel's links disagreed with screen order (a later part linked to an earlier
   * season), so the strategy's fallback placed the whole novel: `seasons` are the included seasons
   * it was spread over (helix) or measured against (book first, show first), in screen order.
   */
  readonly fallback?: { readonly seasons: readonly string[]; readonly last?: EpisodeItem };
}

/**
 * An edge of the constraint graph: `item` must come after the edge's start. `series` names the
 * novel series whose publication order put it there; absent for a chain edge (next episode,
 * next block of the same novel).
 */
export interface OrderEdge {
  readonly item: OrderItem;
  readonly series?: string;
}

export const NO_EDGES: readonly OrderEdge[] = [];

interface ItemBase {
  /**
   * Unique, fixed tie-breaker: episodes in pack order, then novels in publication order (pack
   * order on equal dates) with their blocks in order. Every edge runs from a lower to a higher
   * ordinal, so ordinal order is a topological order of the constraint graph.
   */
  readonly ordinal: number;
  readonly chain: number;
  /** Position within the chain (0 = first). */
  readonly step: number;
  /** Day number of the item's own date; Infinity when unknown. */
  ownDay: number;
  key: AnchorKey;
  /**
   * The key is a promise that must not move earlier (a lead-in target, an exact chapter-to-episode
   * placement, reading after a season): a successor that wants to come sooner waits instead.
   */
  fixed: boolean;
  /** The next item of its chain (next episode, next block of the novel), which must come after it. */
  chainNext: OrderItem | undefined;
  /** Series edges: first blocks of the next included novels of its series (set on a novel's last block). */
  seriesNext: OrderEdge[] | undefined;
  /** Number of edges into this item; the merge counts it down. */
  waitingFor: number;
  /** The successor that pulled this item's key earlier. */
  pulledBefore?: OrderEdge;
  /** The predecessor that kept this item later than its key asked for. */
  heldAfter?: OrderEdge;
  /** Position in the merged order; -1 until merged. */
  position: number;
}

export interface EpisodeItem extends ItemBase {
  readonly kind: 'episode';
  readonly ref: EpisodeRef;
  /** helix: the episode this one was placed right after. */
  leadFrom?: EpisodeItem;
  /** helix: a lead-in from this episode that a loop of leads-into links made us drop. */
  leadLoopFrom?: EpisodeItem;
  /** helix: included episodes this one leads into. */
  leadsInto?: EpisodeItem[];
}

export interface ReadingItem extends ItemBase {
  readonly kind: 'reading';
  readonly block: ReadingBlock;
  placement?: LinkPlacement;
}

export interface FilmItem extends ItemBase {
  readonly kind: 'film';
  readonly film: Film;
  /** The novel an adapts link says the film draws on (first such link), included in the plan or not. */
  readonly novel: Novel | undefined;
  /** Where the strategy put it beside that novel's reading, when the plan includes the novel. */
  placement?: 'before' | 'after';
}

export type OrderItem = EpisodeItem | ReadingItem | FilmItem;
