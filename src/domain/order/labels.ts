import type { EpisodeRef, SeasonRef } from '../pack/pack-index';
import type { Link, Novel } from '../pack/schema';
import type { OrderItem } from './order-item';
import { blockRangeText, chapterText } from './reading-blocks';

export function episodeLabel({ show, season, episode }: EpisodeRef): string {
  return `${show.title} S${season.number}E${episode.number}`;
}

export function seasonLabel({ show, season }: SeasonRef): string {
  return `${show.title} S${season.number}`;
}

/** A label short enough for a reason that talks about a neighbour in the same chain. */
export function shortLabel(item: OrderItem): string {
  if (item.kind === 'episode') return `S${item.ref.season.number}E${item.ref.episode.number}`;
  return blockRangeText(item.block) || item.block.novel.title;
}

/** What a link carries from a novel: "Desert Star ch. 1–2 (the Pearlman case)". */
export function linkedPart(novel: Novel, link: Link): string {
  const part = link.chapters ? `${novel.title} ${chapterText(link.chapters)}` : novel.title;
  return link.label ? `${part} (${link.label})` : part;
}
