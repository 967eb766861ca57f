import { compareKeys } from './anchor-key';
import { MinHeap } from './min-heap';
import type { OrderItem } from './order-item';

/**
 * k-way topological merge: always emits the ready chain head with the smallest key. Only one
 * item per chain is ever in the heap, so every chain keeps its order whatever the keys say, and
 * the merge is O(n log k) for n items in k chains. An item whose key is smaller than that of
 * a predecessor was held back by it; the reason names the predecessor with the latest key.
 */
export function mergeChains(chains: readonly (readonly OrderItem[])[]): OrderItem[] {
  const heap = new MinHeap<OrderItem>((a, b) => compareKeys(a.key, b.key) < 0);
  for (const chain of chains) {
    const head = chain[0];
    if (head) heap.push(head);
  }
  const order: OrderItem[] = [];
  for (let item = heap.pop(); item; item = heap.pop()) {
    item.position = order.length;
    order.push(item);
    const next = chains[item.chain]?.[item.step + 1];
    if (!next) continue;
    // The item that really sets when `next` can come: the latest-keyed of its predecessors.
    const blocker = item.heldAfter ?? item;
    if (compareKeys(next.key, blocker.key) < 0) next.heldAfter = blocker;
    heap.push(next);
  }
  return order;
}
