import type { Pack } from '../pack/schema';
import { compareKeys, LEAD_AFTER, relativeTo } from './anchor-key';
import type { EpisodeItem } from './order-item';

/**
 * helix: places each lead-in target right after its source (both included). A target with
 * several lead-ins follows the first in pack order. Lead-ins form a graph where every target
 * has one source; a loop in it is cut at its member with the earliest key, which keeps its own
 * date and records the dropped wish. Iterative, so long lead-in chains cannot overflow the stack;
 * each episode is resolved once, so O(n) apart from loop cutting.
 */
export function applyLeadIns(pack: Pack, episodes: ReadonlyMap<string, EpisodeItem>): void {
  const source = new Map<EpisodeItem, EpisodeItem>();
  for (const link of pack.links) {
    if (link.type !== 'leads-into' || link.from === link.to) continue;
    const from = episodes.get(link.from);
    const to = episodes.get(link.to);
    if (from && to && !source.has(to)) source.set(to, from);
  }

  const resolved = new Set<EpisodeItem>();
  for (const target of source.keys()) {
    for (;;) {
      const path: EpisodeItem[] = [];
      const onPath = new Set<EpisodeItem>();
      let current: EpisodeItem | undefined = target;
      let loopStart = -1;
      while (current && !resolved.has(current)) {
        if (onPath.has(current)) {
          loopStart = path.indexOf(current);
          break;
        }
        onPath.add(current);
        path.push(current);
        current = source.get(current);
      }
      if (loopStart >= 0) {
        const loop = path.slice(loopStart);
        const cut = loop.reduce((best, item) => (compareKeys(item.key, best.key) < 0 ? item : best));
        cut.leadLoopFrom = source.get(cut);
        source.delete(cut);
        continue; // walk again: the path now ends at the cut member
      }
      for (let i = path.length - 1; i >= 0; i--) {
        const item = path[i] as EpisodeItem;
        const from = source.get(item);
        if (from) {
          item.key = relativeTo(from.key, LEAD_AFTER, item.ordinal);
          item.fixed = true;
          item.leadFrom = from;
          (from.leadsInto ??= []).push(item);
        }
        resolved.add(item);
      }
      break;
    }
  }
}
