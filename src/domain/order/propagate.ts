import { CHAIN_BEFORE, compareKeys, relativeTo } from './anchor-key';
import type { OrderItem } from './order-item';

/**
 * Walks a chain backwards so that an item may come no later than just before its successor:
 * key[i] = min(key[i], just-before(key[i+1])). Items placed by a link keep their key; the merge
 * then holds them behind their predecessor if the two disagree. O(chain length).
 */
export function propagateBackwards(chain: readonly OrderItem[]): void {
  for (let i = chain.length - 2; i >= 0; i--) {
    const item = chain[i] as OrderItem;
    const next = chain[i + 1] as OrderItem;
    if (item.linked) continue;
    const pulled = relativeTo(next.key, CHAIN_BEFORE, item.ordinal);
    if (compareKeys(pulled, item.key) < 0) {
      item.key = pulled;
      item.pulledBefore = next;
    }
  }
}
