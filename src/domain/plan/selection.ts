import type { PackIndex } from '../pack/pack-index';

/**
 * The editor's selection as sets of season and novel ids, and back to a plan's `include`.
 * A show whose released seasons are all selected is stored as the show id, so the plan reads naturally.
 */
export interface Selection {
  seasons: ReadonlySet<string>;
  novels: ReadonlySet<string>;
  /** Single episodes a plan includes on their own (e.g. from a share link); kept as they are. */
  episodes: ReadonlySet<string>;
}

export function selectionFromInclude(index: PackIndex, include: readonly string[]): Selection {
  const seasons = new Set<string>();
  const novels = new Set<string>();
  const episodes = new Set<string>();
  for (const id of include) {
    const show = index.shows.get(id);
    if (show) show.seasons.filter((s) => s.episodes.length > 0).forEach((s) => seasons.add(s.id));
    else if (index.seasons.has(id)) seasons.add(id);
    else if (index.episodes.has(id)) episodes.add(id);
    else if (index.novels.has(id)) novels.add(id);
  }
  return { seasons, novels, episodes };
}

export function includeFromSelection(index: PackIndex, selection: Selection): string[] {
  const include: string[] = [];
  for (const show of index.pack.shows) {
    const released = show.seasons.filter((s) => s.episodes.length > 0);
    const chosen = released.filter((s) => selection.seasons.has(s.id));
    if (chosen.length === 0) continue;
    if (chosen.length === released.length) include.push(show.id);
    else include.push(...chosen.map((s) => s.id));
  }
  for (const id of selection.episodes) {
    const season = index.episodes.get(id)?.season.id;
    if (season && !selection.seasons.has(season)) include.push(id);
  }
  for (const novel of index.pack.novels) if (selection.novels.has(novel.id)) include.push(novel.id);
  return include;
}
