import { useParams, Link as RouterLink } from 'react-router-dom';
import { episodeCode } from '../../domain/pack/labels';
import { usePackIndex } from '../../data/franchise-store';
import { paths } from '../../app/paths';
import { formatMinutes, formatPartialDate, plural } from '../../ui/format';
import { SourceLinks } from '../../ui/SourceLinks';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { LinkList } from './LinkList';
import { NotFound } from '../../ui/NotFound';
import { whereToWatch } from '../../domain/pack/where';
import { WatchLink } from './WhereLinks';
import { AnnouncedShowPage } from './AnnouncedShowPage';

/** One show: its seasons, what each draws on, and every episode. */
export function ShowPage() {
  const { showId = '' } = useParams();
  const index = usePackIndex();
  const show = index.shows.get(showId);
  const announced = index.announcedShows.get(showId);
  useDocumentTitle(show?.title ?? announced?.title ?? 'Not found');
  if (announced) return <AnnouncedShowPage show={announced} />;
  if (!show) return <NotFound what={`No series with the id “${showId}”.`} />;
  const episodes = show.seasons.reduce((sum, s) => sum + s.episodes.length, 0);
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <RouterLink to={paths.catalog()}>Catalog</RouterLink> <span aria-hidden="true">›</span> {show.title}
      </nav>
      <h1>{show.title}</h1>
      <p className="lede">
        {show.network} · {plural(show.seasons.filter((s) => s.episodes.length > 0).length, 'season')} ·{' '}
        <span data-testid="episode-count">{plural(episodes, 'episode')}</span> · typical runtime ≈ {formatMinutes(show.typicalRuntimeMin)}
      </p>
      <WatchLink watch={whereToWatch(index, show.id)} />
      <LinkList id={show.id} />
      {show.seasons.map((season) => (
        <section key={season.id} id={`season-${season.number}`} className="season" aria-labelledby={`${season.id}-heading`}>
          <h2 id={`${season.id}-heading`}>
            Season {season.number}
            <span className="season__meta">
              {season.episodes.length > 0 ? plural(season.episodes.length, 'episode') : 'announced'}
              {season.premiere ? ` · from ${formatPartialDate(season.premiere)}` : ''}
            </span>
          </h2>
          <LinkList id={season.id} />
          {season.episodes.length > 0 && (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">
                  {show.title} season {season.number} episodes
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Ep.</th>
                    <th scope="col">Title</th>
                    <th scope="col">Released</th>
                    <th scope="col" className="num">
                      Runtime
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {season.episodes.map((episode) => (
                    <tr key={episode.id} id={episode.id}>
                      <td>{episodeCode(season.number, episode.number)}</td>
                      <th scope="row">
                        {episode.title ?? <span className="muted">Episode {episode.number} (title not yet known)</span>}
                        <LinkList id={episode.id} />
                      </th>
                      <td>{episode.released ? formatPartialDate(episode.released) : '—'}</td>
                      <td className="num">
                        {episode.runtimeMin ? formatMinutes(episode.runtimeMin) : <span title="typical runtime">≈ {show.typicalRuntimeMin} min</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <SourceLinks urls={season.sources} />
        </section>
      ))}
      <SourceLinks urls={show.sources} label="Series sources" />
    </div>
  );
}
