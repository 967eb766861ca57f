import { useDeferredValue, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { parseCatalogQuery, searchCatalog, type CatalogQuery } from '../../domain/catalog/catalog-search';
import { episodeCode } from '../../domain/pack/labels';
import { usePackIndex } from '../../data/franchise-store';
import { paths } from '../../app/paths';
import { formatMinutes, formatPartialDate, plural } from '../../ui/format';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useQueryParams } from '../../ui/useQueryParams';
import { NovelTable } from './NovelTable';
import { comingNext } from '../../domain/pack/coming-next';
import { todayDate } from '../../store/plan-actions';
import { ComingNextList, NEW_SEASON_NOTE } from '../../ui/ComingNextList';
import './catalog.css';

const KINDS: { value: CatalogQuery['kind']; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'tv', label: 'TV and films' },
  { value: 'books', label: 'Books' },
];

/** Every show, film and novel in the pack, with counts; search by title (episodes too), narrow by kind and series. */
export function CatalogPage() {
  const index = usePackIndex();
  const { pack } = index;
  useDocumentTitle('Catalog');
  const [params, setParams] = useQueryParams();
  const [query, setQuery] = useState<CatalogQuery>(() => parseCatalogQuery((name) => params.get(name)));
  const deferred = useDeferredValue(query);
  const result = useMemo(() => searchCatalog(index, deferred), [index, deferred]);
  const update = (change: Partial<CatalogQuery>) => {
    const next = { ...query, ...change };
    setQuery(next);
    setParams(() => {
      const out = new URLSearchParams();
      if (next.text) out.set('q', next.text);
      if (next.kind !== 'all') out.set('kind', next.kind);
      if (next.series) out.set('series', next.series);
      return out;
    });
  };
  const filtering = query.text.trim() !== '' || query.kind !== 'all' || query.series !== '';
  const episodeTotal = index.episodes.size;
  return (
    <div className="page">
      <h1>Catalog</h1>
      <p className="lede">
        {plural(pack.shows.length, 'series', 'series')}, {plural(episodeTotal, 'episode')}, {plural(pack.films?.length ?? 0, 'film')} and{' '}
        {plural(pack.novels.length, 'novel')}, with
        the links between them and where each fact comes from.
      </p>
      <div className="catalog-find" role="search" aria-label="Find in the catalog">
        <input
          type="search"
          className="catalog-find__search"
          aria-label="Search titles"
          placeholder="Search titles"
          value={query.text}
          maxLength={100}
          onChange={(event) => update({ text: event.target.value })}
        />
        <ChoiceGroup legend="Kind" name="catalog-kind" value={query.kind} options={KINDS} onChange={(kind) => update({ kind })} />
        <select className="catalog-find__series" aria-label="Novel series" value={query.series} onChange={(event) => update({ series: event.target.value })}>
          <option value="">Every novel series</option>
          {pack.series.map((series) => (
            <option key={series.id} value={series.id}>
              {series.title} novels
            </option>
          ))}
        </select>
        <p className="catalog-find__count" aria-live="polite">
          {filtering
            ? `${plural(result.shows.length, 'series', 'series')}, ${plural(result.films.length, 'film')} and ${plural(result.novels.length, 'novel')} match`
            : ''}
        </p>
      </div>
      {result.shows.length + result.announced.length > 0 && (
        <section aria-labelledby="shows-heading">
          <h2 id="shows-heading">TV series</h2>
          <ul className="cards">
            {result.shows.map(({ show, episodes: found }) => {
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
                  {found.length > 0 && (
                    <ul className="catalog-episodes" aria-label={`Matching episodes of ${show.title}`}>
                      {found.slice(0, 6).map(({ episode, season }) => (
                        <li key={episode.id}>
                          <RouterLink to={paths.season(show.id, season.number)}>
                            {episodeCode(season.number, episode.number)} {episode.title ? `‘${episode.title}’` : ''}
                          </RouterLink>
                        </li>
                      ))}
                      {found.length > 6 && <li className="muted">and {plural(found.length - 6, 'more episode')}</li>}
                    </ul>
                  )}
                </li>
              );
            })}
            {result.announced.map((show) => (
              <li key={show.id} className="card">
                <h3 className="card__title">
                  <RouterLink to={paths.show(show.id)}>{show.title}</RouterLink>
                </h3>
                <p className="card__meta">
                  {show.network} · announced {formatPartialDate(show.announcedOn)}
                </p>
                <p className="card__count">no episodes yet</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.films.length > 0 && (
        <section aria-labelledby="films-heading">
          <h2 id="films-heading">Films</h2>
          <ul className="cards">
            {result.films.map(({ film, novel }) => (
              <li key={film.id} className="card">
                <h3 className="card__title">
                  <RouterLink to={paths.novel(film.id, 'films')} aria-label={`${film.title} (film)`}>
                    {film.title}
                  </RouterLink>{' '}
                  <span className="kind kind--film" aria-hidden="true">
                    Film
                  </span>
                </h3>
                <p className="card__meta">
                  {film.distributor} · {formatPartialDate(film.released)}
                  {film.runtimeMin ? ` · ${formatMinutes(film.runtimeMin)}` : ''}
                </p>
                {novel && (
                  <p className="card__count">
                    From the novel <RouterLink to={paths.novel(novel.id)}>{novel.title}</RouterLink>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!filtering && (
        <section id="coming-next" aria-labelledby="coming-heading">
          <h2 id="coming-heading">Coming next</h2>
          <ComingNextList items={comingNext(pack, todayDate())} showSources />
          <p className="muted">{NEW_SEASON_NOTE}</p>
        </section>
      )}
      {result.novels.length > 0 && (
        <section aria-labelledby="novels-heading">
          <h2 id="novels-heading">Novels</h2>
          <NovelTable novels={result.novels} />
        </section>
      )}
      {result.shows.length === 0 && result.announced.length === 0 && result.films.length === 0 && result.novels.length === 0 && <p className="muted">Nothing in the catalog matches. Try fewer words.</p>}
    </div>
  );
}
