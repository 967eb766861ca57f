import { Link as RouterLink } from 'react-router-dom';
import { usePackIndex } from '../../data/franchise-store';
import { paths } from '../../app/paths';
import { formatPartialDate, plural } from '../../ui/format';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NovelTable } from './NovelTable';
import { comingNext } from '../../domain/pack/coming-next';
import { todayDate } from '../../store/plan-actions';
import { ComingNextList, NEW_SEASON_NOTE } from '../../ui/ComingNextList';

/** Every show and novel in the pack, with counts. */
export function CatalogPage() {
  const index = usePackIndex();
  const { pack } = index;
  useDocumentTitle('Catalog');
  const episodeTotal = index.episodes.size;
  return (
    <div className="page">
      <h1>Catalog</h1>
      <p className="lede">
        {plural(pack.shows.length, 'series', 'series')}, {plural(episodeTotal, 'episode')} and {plural(pack.novels.length, 'novel')}, with
        the links between them and where each fact comes from.
      </p>
      <section aria-labelledby="shows-heading">
        <h2 id="shows-heading">TV series</h2>
        <ul className="cards">
          {pack.shows.map((show) => {
            const released = show.seasons.filter((s) => s.episodes.length > 0);
            const episodes = released.reduce((sum, s) => sum + s.episodes.length, 0);
            const first = released[0]?.premiere ?? released[0]?.episodes[0]?.released;
            const announced = show.seasons.length - released.length;
            return (
              <li key={show.id} className="card">
                <h3 className="card__title">
                  <RouterLink to={paths.show(show.id)}>{show.title}</RouterLink>
                </h3>
                <p className="card__meta">
                  {show.network}
                  {first ? ` · since ${formatPartialDate(first).slice(-4)}` : ''}
                </p>
                <p className="card__count">
                  {plural(released.length, 'season')} · {plural(episodes, 'episode')}
                  {announced > 0 ? ` · ${announced} announced` : ''}
                </p>
              </li>
            );
          })}
          {[...index.announcedShows.values()].map((show) => (
            <li key={show.id} className="card">
              <h3 className="card__title">
                <RouterLink to={paths.show(show.id)}>{show.title}</RouterLink>
              </h3>
              <p className="card__meta">{show.network} · announced {formatPartialDate(show.announcedOn)}</p>
              <p className="card__count">no episodes yet</p>
            </li>
          ))}
        </ul>
      </section>
      <section id="coming-next" aria-labelledby="coming-heading">
        <h2 id="coming-heading">Coming next</h2>
        <ComingNextList items={comingNext(pack, todayDate())} showSources />
        <p className="muted">{NEW_SEASON_NOTE}</p>
      </section>
      <section aria-labelledby="novels-heading">
        <h2 id="novels-heading">Novels</h2>
        <NovelTable />
      </section>
    </div>
  );
}
