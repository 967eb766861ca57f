import { behind, CHAIN_BEFORE, compareKeys, HELD_PAST_EPISODE, ownKey, relativeTo, type AnchorKey } from './anchor-key';
import { NO_EDGES, type OrderItem } from './order-item';

/**
 * A book at its own date (no link placed it): free to wait for a predecessor, up to its limit.
 * Episodes and placed books are not: their key is where they should be. Neither is anything in
 * the series strategy, whose group ranks are the user's wish.
 */
function flexible(item: OrderItem, groups: boolean): boolean {
  return !groups && item.kind === 'reading' && item.placement === undefined && !item.fixed;
}

/**
 * Backward pass: walks items from the highest ordinal down (a reverse topological order, see
 * collect-items.ts) and finds, for each item, the earliest position a successor will take; its
 * limit is just before that. A flexible successor can wait, so its position counts only as far as
 * its own limit. An item that does not sort before that position is pulled: back to its own date if
 * that is early enough, else to its limit. So a novel that a strategy wants earlier pulls the
 * earlier books of its series (and its own earlier chapters) with it. A fixed item keeps its key;
 * the forward pass then makes its successors wait. O(items + edges).
 */
export function pullEarlier(items: readonly OrderItem[], from: number, to: number, groups = false): void {
  // Per item, the earliest position a successor will take; its limit is just before that. Only
  // the limits that are used get built, to keep allocation (and garbage collection) low.
  const firsts: (AnchorKey | undefined)[] = new Array(to - from);
  const limitOf = (item: OrderItem): AnchorKey | undefined => {
    const first = firsts[item.ordinal - from];
    return first && relativeTo(first, CHAIN_BEFORE, item.ordinal);
  };
  for (let i = to - 1; i >= from; i--) {
    const item = items[i] as OrderItem;
    // The earliest position a successor will take, and the successor (with the series of its edge).
    const chained = item.chainNext;
    let first = chained && (flexible(chained, groups) ? limitOf(chained) : chained.key);
    let cause: OrderItem | undefined = first && chained;
    let series: string | undefined;
    for (const edge of item.seriesNext ?? NO_EDGES) {
      const successor = edge.item;
      const cap = flexible(successor, groups) ? limitOf(successor) : successor.key;
      if (cap && (!first || compareKeys(cap, first) < 0)) {
        first = cap;
        cause = successor;
        series = edge.series;
      }
    }
    firsts[i - from] = first;
    if (!first || !cause || item.fixed || compareKeys(item.key, first) < 0) continue;
    // Back to its own date where that is early enough (a book published long before the season that
    // pulls it keeps its place among the other books of its time), else just before the successor.
    const own = ownKey(item.key.group, item.ownDay, item.ordinal);
    item.key = compareKeys(own, first) < 0 ? own : relativeTo(first, CHAIN_BEFORE, item.ordinal);
    // Name the first cause: blocks of one book pulled by their pulled last block share its reason.
    item.pulledBefore = series === undefined ? (cause.pulledBefore ?? { item: cause }) : { item: cause, series };
  }
}

/**
 * Forward pass, in ordinal (topological) order: an item whose key is not after one of its
 * predecessors' waits right behind the latest of them, and remembers it for its reason. After it,
 * every edge runs from a smaller key to a larger one. O(items + edges).
 */
export function holdLater(items: readonly OrderItem[]): void {
  for (const item of items) {
    if (item.chainNext) hold(item, item.chainNext, undefined);
    for (const edge of item.seriesNext ?? NO_EDGES) hold(item, edge.item, edge.series);
  }
}

function hold(item: OrderItem, successor: OrderItem, series: string | undefined): void {
  if (compareKeys(successor.key, item.key) > 0) return;
  successor.key = heldKey(item, successor);
  // Name the first cause: the later blocks of a held book share the first block's reason.
  successor.heldAfter = series === undefined ? (item.heldAfter ?? { item }) : { item, series };
}

/**
 * Right behind the blocker; but behind the last block of a novel spread over seasons (helix), after
 * the episode that block sits beside: a book that must follow a braid comes after the braid, not
 * between its last chapters and the last episode. Only where nothing that must follow it sorts earlier.
 */
function heldKey(blocker: OrderItem, item: OrderItem): AnchorKey {
  const placement = blocker.kind === 'reading' ? blocker.placement : undefined;
  if (placement?.fallback?.last === placement?.episode && placement?.how === 'paced' && blocker.key.offset < 0) {
    const past = { ...blocker.key, offset: HELD_PAST_EPISODE, wait: blocker.key.wait + 1, own: item.ordinal };
    const waits = (next: OrderItem) => flexible(next, false) || compareKeys(past, next.key) < 0;
    if ((!item.chainNext || waits(item.chainNext)) && (item.seriesNext ?? NO_EDGES).every((edge) => waits(edge.item))) return past;
  }
  return behind(blocker.key, item.ordinal);
}
