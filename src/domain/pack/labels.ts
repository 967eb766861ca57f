import type { PackIndex } from './pack-index';
import type { Link } from './schema';

/** "S3E10" */
export function episodeCode(season: number, episode: number): string {
  return `S${season}E${episode}`;
}

/** A human name for any id in the pack: "Bosch: Legacy S3E10", "Bosch S1", "Desert Star", "Harry Bosch". */
export function nameOf(index: PackIndex, id: string): string {
  const episode = index.episodes.get(id);
  if (episode) return `${episode.show.title} ${episodeCode(episode.season.number, episode.episode.number)}`;
  const season = index.seasons.get(id);
  if (season) return `${season.show.title} S${season.season.number}`;
  return (
    index.shows.get(id)?.title ??
    index.announcedShows.get(id)?.title ??
    index.novels.get(id)?.title ??
    filmName(index, id) ??
    index.characters.get(id)?.name ??
    index.series.get(id)?.title ??
    index.threads.get(id)?.title ??
    id
  );
}

/** "The Lincoln Lawyer (2011 film)": a film shares its novel's title, so the name says which one. */
export function filmName(index: PackIndex, id: string): string | undefined {
  const film = index.films.get(id);
  return film && `${film.title} (${film.released.slice(0, 4)} film)`;
}

/** "ch. 3–37" or "" */
export function chapterText(chapters: readonly [number, number] | undefined): string {
  if (!chapters) return '';
  return chapters[0] === chapters[1] ? `ch. ${chapters[0]}` : `ch. ${chapters[0]}–${chapters[1]}`;
}

/**
 * One sentence for a link, seen from one of its endpoints:
 * from a season, "Draws on Desert Star ch. 38–54 — the Gallagher case";
 * from the novel, "Adapted in Bosch: Legacy S3 — the Gallagher case".
 */
export function describeLink(index: PackIndex, link: Link, from: string): string {
  const atStart = link.from === from;
  const other = nameOf(index, atStart ? link.to : link.from);
  const chapters = chapterText(link.chapters);
  const source = chapters ? `${nameOf(index, link.from)} ${chapters}` : nameOf(index, link.from);
  const detail = link.label ? ` — ${link.label}` : '';
  switch (link.type) {
    case 'adapts':
      return atStart ? `${chapters ? `${capitalize(chapters)} adapted` : 'Adapted'} in ${other}${detail}` : `Draws on ${source}${detail}`;
    case 'leads-into':
      return atStart ? `Leads into ${other}${detail}` : `Follows on from ${other}${detail}`;
    case 'appears-in':
      return atStart ? `Appears in ${other}${detail}` : `${other} appears${detail}`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
