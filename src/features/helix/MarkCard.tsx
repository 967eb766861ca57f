import { Link } from 'react-router-dom';
import { linksOfMark } from '../../domain/helix-layout/mark-links';
import type { HelixMark } from '../../domain/helix-layout/types';
import { describeLink } from '../../domain/pack/labels';
import type { PackIndex } from '../../domain/pack/pack-index';
import { formatPartialDate, plural, sourceHost } from '../../ui/format';

/** Where a mark's card can take you: the item in the active plan, and its catalog page. */
export interface MarkTargets {
  plan: { to: string; text: string } | null;
  catalog: { to: string; text: string } | null;
}

interface Props {
  id: string;
  index: PackIndex;
  mark: HelixMark | null;
  /** Opened by a click or Enter: the card takes pointer input and shows its links. */
  pinned: boolean;
  progress: number | null;
  targets: MarkTargets | null;
  /** Pixel position of the card's top-left corner inside the picture frame. */
  position: { left: number; top: number };
  onClose: () => void;
}

function sizeText(index: PackIndex, mark: HelixMark): string {
  const season = index.seasons.get(mark.itemId)?.season;
  if (mark.kind === 'season' && season) return season.episodes.length > 0 ? plural(season.episodes.length, 'episode') : 'announced';
  const episode = index.episodes.get(mark.itemId);
  if (episode) return episode.episode.runtimeMin ? `${episode.episode.runtimeMin} min` : `about ${episode.show.typicalRuntimeMin} min`;
  const film = index.films.get(mark.itemId);
  if (film) return `film, ${film.runtimeMin ? `${film.runtimeMin} min` : 'length unknown'}`;
  const novel = index.novels.get(mark.itemId);
  if (mark.kind === 'segment' && mark.chapters) return plural(mark.chapters[1] - mark.chapters[0] + 1, 'chapter');
  if (novel) return [novel.pages ? plural(novel.pages, 'page') : 'length unknown', novel.chapters ? plural(novel.chapters, 'chapter') : ''].filter(Boolean).join(', ');
  return '';
}

/**
 * The mark's card: what it is, when, and what it links to and why, with a source. Hover or focus shows it;
 * a click or Enter opens it in place, with links to the item in your plan and in the catalog.
 */
export function MarkCard({ id, index, mark, pinned, progress, targets, position, onClose }: Props) {
  const links = mark ? linksOfMark(index, mark) : [];
  // Seen from the mark's own end: a season speaks for its episodes.
  const endOf = (from: string) => (mark && (from === mark.itemId || index.episodes.get(from)?.season.id === mark.itemId) ? from : null);
  const actions = [targets?.plan, targets?.catalog].filter((t): t is { to: string; text: string } => Boolean(t));
  return (
    <div
      id={id}
      className={`helix-card${mark ? '' : ' helix-card--hidden'}${pinned ? ' helix-card--pinned' : ''}`}
      style={{ left: position.left, top: position.top }}
      role={pinned ? 'dialog' : undefined}
      aria-label={pinned && mark ? mark.label : undefined}
    >
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
                      ({link.confidence}; source: {link.sources?.[0] ? sourceHost(link.sources[0]) : 'none'}){link.note ? ` ${link.note}` : ''}
                    </span>
                  </li>
                );
              })}
              {links.length > 5 && <li className="muted">and {plural(links.length - 5, 'more link')}</li>}
            </ul>
          )}
          {pinned ? (
            <div className="helix-card__actions">
              {actions.map((action) => (
                <Link key={action.to} className="button button--small" to={action.to}>
                  {action.text}
                </Link>
              ))}
              <button type="button" className="button button--small helix-card__close" onClick={onClose}>
                Close
              </button>
            </div>
          ) : (
            actions.length > 0 && <p className="helix-card__hint">Click or press Enter for {targets?.plan ? 'a link to it in your plan' : 'its catalog page'}.</p>
          )}
        </>
      )}
    </div>
  );
}
