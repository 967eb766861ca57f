import { linksOfMark } from '../../domain/helix-layout/mark-links';
import type { HelixMark } from '../../domain/helix-layout/types';
import { describeLink } from '../../domain/pack/labels';
import type { PackIndex } from '../../domain/pack/pack-index';
import { formatPartialDate, plural, sourceHost } from '../../ui/format';

interface Props {
  id: string;
  index: PackIndex;
  mark: HelixMark | null;
  progress: number | null;
  action: string | null;
  /** Pixel position of the card's top-left corner inside the picture frame. */
  position: { left: number; top: number };
}

function sizeText(index: PackIndex, mark: HelixMark): string {
  const season = index.seasons.get(mark.itemId)?.season;
  if (mark.kind === 'season' && season) return season.episodes.length > 0 ? plural(season.episodes.length, 'episode') : 'announced';
  const episode = index.episodes.get(mark.itemId);
  if (episode) return episode.episode.runtimeMin ? `${episode.episode.runtimeMin} min` : `about ${episode.show.typicalRuntimeMin} min`;
  const novel = index.novels.get(mark.itemId);
  if (mark.kind === 'segment' && mark.chapters) return plural(mark.chapters[1] - mark.chapters[0] + 1, 'chapter');
  if (novel) return [novel.pages ? plural(novel.pages, 'page') : 'length unknown', novel.chapters ? plural(novel.chapters, 'chapter') : ''].filter(Boolean).join(', ');
  return '';
}

/** The hover/focus card: what the mark is, when, and what it links to and why, with a source. */
export function MarkCard({ id, index, mark, progress, action, position }: Props) {
  const links = mark ? linksOfMark(index, mark) : [];
  // Seen from the mark's own end: a season speaks for its episodes.
  const endOf = (from: string) => (mark && (from === mark.itemId || index.episodes.get(from)?.season.id === mark.itemId) ? from : null);
  return (
    <div id={id} className={`helix-card${mark ? '' : ' helix-card--hidden'}`} style={{ left: position.left, top: position.top }}>
      {mark && (
        <>
          <p className="helix-card__title">{mark.label}</p>
          <p className="helix-card__meta">
            {[mark.date ? formatPartialDate(mark.date) : '', sizeText(index, mark), progress !== null ? `${Math.round(progress * 100)}% done` : '']
              .filter(Boolean)
              .join(' · ')}
          </p>
          {links.length > 0 && (
            <ul className="helix-card__links">
              {links.slice(0, 5).map((link) => {
                const thread = link.thread ? index.threads.get(link.thread) : undefined;
                return (
                  <li key={link.id}>
                    {thread && <span className="thread-dot" style={{ background: thread.color }} aria-hidden="true" />}
                    {describeLink(index, link, endOf(link.from) ?? link.to)}{' '}
                    <span className="helix-card__source">
                      ({link.confidence}; source: {link.sources[0] ? sourceHost(link.sources[0]) : 'none'})
                    </span>
                  </li>
                );
              })}
              {links.length > 5 && <li className="muted">and {plural(links.length - 5, 'more link')}</li>}
            </ul>
          )}
          {action && <p className="helix-card__hint">Enter or click to {action}.</p>}
        </>
      )}
    </div>
  );
}
