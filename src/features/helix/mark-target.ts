import { paths } from '../../app/paths';
import type { HelixMark } from '../../domain/helix-layout/types';
import type { PackIndex } from '../../domain/pack/pack-index';

/** Where activating a mark goes: the plan when the item is in it, else its catalog page. */
export function markTarget(index: PackIndex, mark: HelixMark, inPlan: ReadonlySet<string>): { to: string; text: string } | null {
  if (inPlan.has(mark.itemId)) return { to: paths.plan(), text: 'find it in your plan' };
  const episode = index.episodes.get(mark.itemId);
  const season = episode?.season ?? index.seasons.get(mark.itemId)?.season;
  const show = episode?.show ?? index.seasons.get(mark.itemId)?.show;
  if (season && show) return { to: paths.season(show.id, season.number), text: 'open it in the catalog' };
  if (index.novels.has(mark.itemId)) return { to: paths.novel(mark.itemId), text: 'open it in the catalog' };
  return null;
}

/** Item ids (seasons, episodes, novels) the plan's entries cover. */
export function itemsInPlan(index: PackIndex, entryIds: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const id of entryIds) {
    const episode = index.episodes.get(id);
    if (episode) {
      ids.add(id);
      ids.add(episode.season.id);
    } else ids.add(id.split('#')[0] ?? id);
  }
  return ids;
}
