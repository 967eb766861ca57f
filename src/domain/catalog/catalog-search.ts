import type { EpisodeRef, PackIndex } from '../pack/pack-index';
import { comparePartialDates } from '../pack/partial-date';
import type { AnnouncedShow, Film, Novel, Show } from '../pack/schema';
import { foldText } from '../text/fold-text';

export interface CatalogQuery {
  /** Words to find in titles: a show, an episode, a film, a novel or a novel's series. */
  text: string;
  /** `tv` is everything on screen: shows and films. */
  kind: 'all' | 'tv' | 'books';
  /** A novel series id; '' for any. Narrows the novels and the films of its novels (and hides the shows). */
  series: string;
}

export const ALL_OF_CATALOG: CatalogQuery = { text: '', kind: 'all', series: '' };

export interface CatalogResult {
  /** Shows that match, with the episodes whose own titles match (empty when the show's title did). */
  shows: { show: Show; episodes: EpisodeRef[] }[];
  /** Shows announced without episodes that match (by title or network). */
  announced: AnnouncedShow[];
  /** Films in release order, each with the novel it adapts (when an adapts link names one). */
  films: { film: Film; novel: Novel | undefined }[];
  /** Novels (and short fiction) in publication order. */
  novels: Novel[];
}

const matches = (words: readonly string[], ...texts: (string | undefined)[]) => {
  const haystack = foldText(texts.filter(Boolean).join(' \u0000 '));
  return words.every((word) => haystack.includes(word));
};

/** The catalog narrowed by title words, by kind and by novel series. Linear in the pack's size. */
export function searchCatalog(index: PackIndex, query: CatalogQuery): CatalogResult {
  const words = foldText(query.text).split(/\s+/).filter(Boolean);
  const shows: CatalogResult['shows'] = [];
  if (query.kind !== 'books' && !query.series) {
    for (const show of index.pack.shows) {
      if (words.length === 0 || matches(words, show.title, show.network)) {
        shows.push({ show, episodes: [] });
        continue;
      }
      const episodes = [...index.episodes.values()].filter((ref) => ref.show.id === show.id && matches(words, show.title, `S${ref.season.number}E${ref.episode.number}`, ref.episode.title));
      if (episodes.length > 0) shows.push({ show, episodes });
    }
  }
  const announced = query.kind === 'books' || query.series ? [] : [...index.announcedShows.values()].filter((show) => words.length === 0 || matches(words, show.title, show.network));
  const novels =
    query.kind === 'tv'
      ? []
      : index.pack.novels
          .filter((novel) => !query.series || novel.series.includes(query.series))
          .filter((novel) => words.length === 0 || matches(words, novel.title, ...novel.series.map((id) => index.series.get(id)?.title)))
          .sort((a, b) => comparePartialDates(a.published, b.published));
  const films: CatalogResult['films'] = [];
  if (query.kind !== 'books') {
    for (const film of index.pack.films ?? []) {
      const link = (index.linksOf.get(film.id) ?? []).find((l) => l.type === 'adapts' && l.to === film.id);
      const novel = link && index.novels.get(link.from);
      if (query.series && !novel?.series.includes(query.series)) continue;
      if (words.length === 0 || matches(words, film.title, 'film', film.distributor)) films.push({ film, novel });
    }
    films.sort((a, b) => comparePartialDates(a.film.released, b.film.released));
  }
  return { shows, announced, films, novels };
}

const KINDS: readonly CatalogQuery['kind'][] = ['all', 'tv', 'books'];

/** A query read from the address; anything it does not understand is ignored. */
export function parseCatalogQuery(get: (name: string) => string | null): CatalogQuery {
  const kind = get('kind');
  const series = get('series') ?? '';
  return {
    text: (get('q') ?? '').slice(0, 100),
    kind: KINDS.find((k) => k === kind) ?? 'all',
    series: /^[a-z0-9][a-z0-9-]*$/.test(series) ? series : '',
  };
}
