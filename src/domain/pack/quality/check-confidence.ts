import type { Pack } from '../schema';
import { independentCount, type FamilyLookup } from './source-families';

/**
 * The confidence rules (docs/data-pack.md): a `high` episode title cites two independent sources
 * or one authoritative one; a title marked `unknown` is absent; a title that is present says how
 * sure it is and cites a source; an ISBN belongs to one record only; a `sourced` film cites two independent sources or one authoritative one. Returns "path: problem" lines.
 */
export function checkConfidence(pack: Pack, lookup: FamilyLookup): string[] {
  const problems: string[] = [];
  const say = (path: string, problem: string) => problems.push(`${path}: ${problem}`);
  pack.shows.forEach((show, s) =>
    show.seasons.forEach((season, n) =>
      season.episodes.forEach((episode, e) => {
        const path = `shows[${s}].seasons[${n}].episodes[${e}] (${episode.id})`;
        const sources = episode.sources ?? [];
        if (episode.title !== undefined && episode.titleConfidence === undefined) say(path, 'a title needs a titleConfidence');
        if (episode.title !== undefined && episode.titleConfidence === 'unknown') say(path, 'a title marked unknown must be left out');
        if (episode.title === undefined && episode.titleConfidence !== undefined && episode.titleConfidence !== 'unknown') {
          say(path, `titleConfidence ${episode.titleConfidence} without a title`);
        }
        if (episode.title !== undefined && sources.length === 0) say(path, 'a title needs at least one source');
        if (episode.titleConfidence === 'high') {
          const independent = independentCount(lookup, sources);
          const authoritative = sources.some((u) => lookup.isAuthoritative(u));
          if (independent < 2 && !authoritative) {
            say(path, `a high title needs two independent sources or one authoritative one (has ${independent} independent)`);
          }
        }
      }),
    ),
  );
  const isbnOwners = new Map<string, string>();
  pack.novels.forEach((novel, n) => {
    for (const isbn of novel.isbn13 ?? []) {
      const owner = isbnOwners.get(isbn);
      if (owner !== undefined) say(`novels[${n}] (${novel.id}).isbn13`, `ISBN ${isbn} is already given to ${owner}`);
      else isbnOwners.set(isbn, novel.id);
    }
    if (novel.isbn13 && novel.isbn13.length > 0 && (novel.sources ?? []).length === 0) {
      say(`novels[${n}] (${novel.id}).isbn13`, 'an ISBN needs the record to cite a source');
    }
  });
  const films = new Set((pack.films ?? []).map((film) => film.id));
  pack.links.forEach((link, l) => {
    // Orders place a film beside the whole novel; a chapter range would claim a precision nothing uses.
    if (link.chapters && films.has(link.to)) say(`links[${l}] (${link.id}).chapters`, 'a link to a film takes the whole novel (no chapters)');
  });
  (pack.films ?? []).forEach((film, f) => {
    // A film's date and runtime: `sourced` needs what a high episode title needs.
    if (film.confidence !== 'sourced') return;
    const filmSources = film.sources ?? [];
    const independent = independentCount(lookup, filmSources);
    if (independent < 2 && !filmSources.some((u) => lookup.isAuthoritative(u))) {
      say(`films[${f}] (${film.id})`, `a sourced film needs two independent sources or one authoritative one (has ${independent} independent)`);
    }
  });
  return problems;
}
