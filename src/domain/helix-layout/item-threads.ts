import type { PackIndex } from '../pack/pack-index';

/** Thread ids on the links touching any of the ids, and on a novel's segments, in first-seen order. */
export function threadsOf(index: PackIndex, ids: readonly string[]): string[] {
  const threads = new Set<string>();
  for (const id of ids) {
    for (const segment of index.novels.get(id)?.segments ?? []) threads.add(segment.thread);
    for (const link of index.linksOf.get(id) ?? []) if (link.thread) threads.add(link.thread);
  }
  return [...threads];
}
