import { useParams, Link as RouterLink } from 'react-router-dom';
import { usePackIndex } from '../../data/franchise-store';
import { paths } from '../../app/paths';
import { formatMinutes, formatPartialDate } from '../../ui/format';
import { SourceLinks } from '../../ui/SourceLinks';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NotFound } from '../../ui/NotFound';
import { LinkList } from './LinkList';
import { WatchLink } from './WhereLinks';

/** One film: its release, runtime and distributor with their confidence, the novel it adapts, where to watch it. */
export function FilmPage() {
  const { id: filmId = '' } = useParams();
  const index = usePackIndex();
  const film = index.films.get(filmId);
  useDocumentTitle(film ? `${film.title} (film)` : 'Not found');
  if (!film) return <NotFound what={`No film with the id “${filmId}”.`} />;
  const novels = (index.linksOf.get(film.id) ?? []).filter((link) => link.type === 'adapts' && link.to === film.id).map((link) => index.novels.get(link.from));
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <RouterLink to={paths.catalog()}>Catalog</RouterLink> <span aria-hidden="true">›</span> {film.title} (film)
      </nav>
      <h1>
        {film.title} <span className="kind kind--film">Film</span>
      </h1>
      <WatchLink watch={film.watch} />
      <dl className="facts">
        <dt>Released (US)</dt>
        <dd>
          {formatPartialDate(film.released)}{' '}
          <span className={`badge badge--${film.confidence}`} title={`Confidence in the date and runtime: ${film.confidence}`}>
            {film.confidence}
          </span>
        </dd>
        <dt>Runtime</dt>
        <dd>{film.runtimeMin ? formatMinutes(film.runtimeMin) : 'not known (plans assume 2 hours)'}</dd>
        <dt>Released by</dt>
        <dd>{film.distributor}</dd>
        <dt>From the novel</dt>
        <dd>
          {novels.length === 0
            ? 'none'
            : novels.map((novel, i) =>
                novel ? (
                  <span key={novel.id}>
                    {i > 0 && ', '}
                    <RouterLink to={paths.novel(novel.id)}>{novel.title}</RouterLink>
                  </span>
                ) : null,
              )}
        </dd>
      </dl>
      {film.notes && <p>{film.notes}</p>}
      <section aria-labelledby="film-links-heading">
        <h2 id="film-links-heading">Links</h2>
        <LinkList id={film.id} />
      </section>
      <p className="muted">A plan can include the film: in the plan editor it is under TV series and films.</p>
      <SourceLinks urls={film.sources} />
    </div>
  );
}
