import { paths } from '../../app/paths';
import { planEntryOfMark } from '../../domain/helix-layout/plan-entry-of-mark';
import type { HelixMark } from '../../domain/helix-layout/types';
import type { OrderEntry } from '../../domain/order/types';
import type { PackIndex } from '../../domain/pack/pack-index';
import type { MarkTargets } from './MarkCard';

/** A mark's card links: the item's row in the active plan (when the plan holds it) and its catalog page. */
export function markTargets(index: PackIndex, mark: HelixMark, entries: readonly OrderEntry[]): MarkTargets {
  const entry = planEntryOfMark(index, mark, entries);
  const plan = entry ? { to: paths.planItem(entry.id), text: 'Show in your plan' } : null;
  const episode = index.episodes.get(mark.itemId);
  const season = episode?.season ?? index.seasons.get(mark.itemId)?.season;
  const show = episode?.show ?? index.seasons.get(mark.itemId)?.show;
  if (season && show) return { plan, catalog: { to: paths.season(show.id, season.number), text: 'Open in the catalog' } };
  if (index.novels.has(mark.itemId)) return { plan, catalog: { to: paths.novel(mark.itemId), text: 'Open in the catalog' } };
  if (index.films.has(mark.itemId)) return { plan, catalog: { to: paths.novel(mark.itemId, 'films'), text: 'Open in the catalog' } };
  return { plan, catalog: null };
}
