import { compareKeys } from './anchor-key';
import { MinHeap } from './min-heap';
import { NO_EDGES, type OrderItem } from './order-item';

/**
 * Priority topological merge: always emits, among the items whose predecessors have all been
 * emitted, the one with the smallest key. Every edge is kept whatever the keys say. One exception
 * to "smallest key": right after a lead-in source, a ready lead-in target comes next, so that a
 * hand-off ("picks up right after") is never split by reading placed at the same spot.
 * O((items + edges) log items); ties cannot happen (keys end with the unique ordinal).
 */
export function mergeOrder(items: readonly OrderItem[]): OrderItem[] {
  const heap = new MinHeap<OrderItem>((a, b) => compareKeys(a.key, b.key) < 0);
  for (const item of items) if (item.waitingFor === 0) heap.push(item);
  const order: OrderItem[] = [];
  const emit = (item: OrderItem) => {
    item.position = order.length;
    order.push(item);
    const next = item.chainNext;
    if (next && --next.waitingFor === 0) heap.push(next);
    for (const edge of item.seriesNext ?? NO_EDGES) {
      if (--edge.item.waitingFor === 0) heap.push(edge.item);
    }
  };
  for (let item = heap.pop(); item; item = heap.pop()) {
    if (item.position >= 0) continue; // already emitted as a lead-in target
    emit(item);
    for (let source: OrderItem | undefined = item; source?.kind === 'episode' && source.leadsInto; ) {
      const target: OrderItem | undefined = source.leadsInto.find((next) => next.position < 0 && next.waitingFor === 0);
      if (target) emit(target);
      source = target;
    }
  }
  return order;
}
