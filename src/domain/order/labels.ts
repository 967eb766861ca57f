import type { EpisodeRef, SeasonRef } from '../pack/pack-index';
import type { Film, Link, Novel } from '../pack/schema';
import type { OrderItem } from './order-item';
import { blockRangeText, chapterText } from './reading-blocks';

export function episodeLabel({ show, season, episode }: EpisodeRef): string {
  return `${show.title} S${season.number}E${episode.number}`;
}

/** "The Lincoln Lawyer (2011 film)": a film often shares its novel's title, so a label says which it is. */
export function filmLabel(film: Film): string {
  return `${film.title} (${film.released.slice(0, 4)} film)`;
}

export function seasonLabel({ show, season }: SeasonRef): string {
  return `${show.title} S${season.number}`;
}

/** A label short enough for a reason that talks about a neighbour in the same chain. */
export function shortLabel(item: OrderItem): string {
  if (item.kind === 'episode') return `S${item.ref.season.number}E${item.ref.episode.number}`;
  if (item.kind === 'film') return filmLabel(item.film);
  return blockRangeText(item.block) || item.block.novel.title;
}

/** The part of a novel a link names: "Desert Star ch. 1–2", or the title for a whole-novel link. */
export function partOf(novel: Novel, link: Link): string {
  return link.chapters ? `${novel.title} ${chapterText(link.chapters)}` : novel.title;
}
