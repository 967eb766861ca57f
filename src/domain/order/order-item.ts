import type { EpisodeRef } from '../pack/pack-index';
import type { Link } from '../pack/schema';
import type { AnchorKey } from './anchor-key';
import type { ReadingBlock } from './reading-blocks';

/** Where a reading block was placed because of an adapts link, for its reason. */
export interface LinkPlacement {
  readonly link: Link;
  /** The episode the block sits beside. */
  readonly episode: EpisodeItem;
  /** before/after: beside a linked episode or season; paced: spread across a season. */
  readonly how: 'before' | 'after' | 'paced';
}

interface ItemBase {
  /** Unique, fixed tie-breaker: episodes in pack order, then novels by publication date and pack order. */
  readonly ordinal: number;
  readonly chain: number;
  /** Position within the chain (0 = first). */
  readonly step: number;
  /** Day number of the item's own date; Infinity when unknown. */
  ownDay: number;
  key: AnchorKey;
  /** Placed by a link: keeps its key when propagating (soft wishes of free items yield instead). */
  linked: boolean;
  /** The successor that pulled this item's key earlier. */
  pulledBefore?: OrderItem;
  /** The chain predecessor that kept this item later than its key asked for. */
  heldAfter?: OrderItem;
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

export type OrderItem = EpisodeItem | ReadingItem;
