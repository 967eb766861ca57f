import type { PackIndex } from '../pack/pack-index';

/**
 * The editor's selection, and back to a plan's `include`. A show is stored as the show id (so it follows
 * seasons added by later data updates) only when the user chose the whole show; seasons picked one by one
 * stay season ids, so saving never widens a plan by itself.
 */
export interface Selection {
  /** Shows chosen as a whole. */
  shows: ReadonlySet<string>;
  seasons: ReadonlySet<string>;
  novels: ReadonlySet<string>;
  films: ReadonlySet<string>;
  /** Single episodes a plan includes on their own (e.g. from a share link); kept as they are. */
  episodes: ReadonlySet<string>;
  /** Ids this data pack does not know (a newer link, an older plan): kept, never dropped. */
  unknown: readonly string[];
}

export function selectionFromInclude(index: PackIndex, include: readonly string[]): Selection {
  const shows = new Set<string>();
  const seasons = new Set<string>();
  const novels = new Set<string>();
  const films = new Set<string>();
  const episodes = new Set<string>();
  const unknown: string[] = [];
  for (const id of include) {
    const show = index.shows.get(id);
    if (show) {
      shows.add(id);
      show.seasons.filter((s) => s.episodes.length > 0).forEach((s) => seasons.add(s.id));
    } else if (index.seasons.has(id)) seasons.add(id);
    else if (index.episodes.has(id)) episodes.add(id);
    else if (index.novels.has(id)) novels.add(id);
    else if (index.films.has(id)) films.add(id);
    else unknown.push(id);
  }
  return { shows, seasons, novels, films, episodes, unknown };
}

export function includeFromSelection(index: PackIndex, selection: Selection): string[] {
  const include: string[] = [];
  for (const show of index.pack.shows) {
    const released = show.seasons.filter((s) => s.episodes.length > 0);
    const chosen = released.filter((s) => selection.seasons.has(s.id));
    if (chosen.length === 0) continue;
    if (selection.shows.has(show.id) && chosen.length === released.length) include.push(show.id);
    else include.push(...chosen.map((s) => s.id));
  }
  for (const id of selection.episodes) {
    const season = index.episodes.get(id)?.season.id;
    if (season && !selection.seasons.has(season)) include.push(id);
  }
  for (const film of index.pack.films ?? []) if (selection.films.has(film.id)) include.push(film.id);
  for (const novel of index.pack.novels) if (selection.novels.has(novel.id)) include.push(novel.id);
  include.push(...selection.unknown);
  return include;
}
