import { useParams, Link as RouterLink } from 'react-router-dom';
import { chapterText } from '../../domain/pack/labels';
import { usePackIndex } from '../../data/franchise-store';
import { paths } from '../../app/paths';
import { formatPartialDate } from '../../ui/format';
import { SourceLinks } from '../../ui/SourceLinks';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NotFound } from '../../ui/NotFound';
import { LinkList } from './LinkList';
import { whereToRead } from '../../domain/pack/where';
import { ReadLinks } from './WhereLinks';
import { FilmPage } from './FilmPage';

const FORMAT_NAME = { novel: 'Novel', story: 'Short story', collection: 'Story collection' } as const;

/** One novel: its facts, parts, story-thread segments and screen adaptations. */
export function NovelPage() {
  const { id: novelId = '' } = useParams();
  const index = usePackIndex();
  const novel = index.novels.get(novelId);
  useDocumentTitle(novel?.title ?? 'Not found');
  if (!novel) return <NotFound what={`No novel with the id “${novelId}”.`} />;
  const films = (index.linksOf.get(novel.id) ?? []).flatMap((link) => (link.type === 'adapts' && link.from === novel.id ? (index.films.get(link.to) ?? []) : []));
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <RouterLink to={paths.catalog()}>Catalog</RouterLink> <span aria-hidden="true">›</span> {novel.title}
      </nav>
      <h1>{novel.title}</h1>
      <ReadLinks links={whereToRead(index, novel.id)} />
      <dl className="facts">
        <dt>Format</dt>
        <dd>{FORMAT_NAME[novel.format ?? 'novel']}</dd>
        <dt>Published</dt>
        <dd>{formatPartialDate(novel.published)}</dd>
        <dt>Series</dt>
        <dd>{novel.series.map((id) => index.series.get(id)?.title ?? id).join(', ')}</dd>
        <dt>Pages</dt>
        <dd>{novel.pages ?? 'not known'}</dd>
        <dt>Chapters</dt>
        <dd>
          {novel.chapters ?? 'not known (reading blocks use page ranges)'}
          {novel.chaptersConfidence && novel.chaptersConfidence !== 'sourced' && (
            <span className={`badge badge--${novel.chaptersConfidence}`}>{novel.chaptersConfidence}</span>
          )}
        </dd>
      </dl>
      {novel.notes && <p>{novel.notes}</p>}
      {novel.parts && novel.parts.length > 0 && (
        <section aria-labelledby="parts-heading">
          <h2 id="parts-heading">Parts</h2>
          <ol className="plain-list">
            {novel.parts.map((part) => (
              <li key={part.number}>
                Part {part.number}: <cite>{part.title}</cite> ({chapterText(part.chapters)})
              </li>
            ))}
          </ol>
        </section>
      )}
      {novel.segments && novel.segments.length > 0 && (
        <section aria-labelledby="segments-heading">
          <h2 id="segments-heading">Story threads</h2>
          <ul className="segments">
            {novel.segments.map((segment) => {
              const thread = index.threads.get(segment.thread);
              return (
                <li key={segment.chapters.join('-')} className="segment" style={{ borderColor: thread?.color }}>
                  <strong>{chapterText(segment.chapters)}</strong> · {thread?.title ?? segment.thread}{' '}
                  <span className={`badge badge--${segment.confidence}`}>{segment.confidence}</span>
                  <p>{segment.label}</p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="links-heading">
        <h2 id="links-heading">On screen</h2>
        <LinkList id={novel.id} />
        {films.length > 0 && (
          <p>
            {films.length === 1 ? 'The film' : 'The films'}:{' '}
            {films.map((film, i) => (
              <span key={film.id}>
                {i > 0 && ', '}
                <RouterLink to={paths.novel(film.id, 'films')} aria-label={`${film.title} (film, ${film.released.slice(0, 4)})`}>
                  {film.title}
                </RouterLink>{' '}
                ({film.released.slice(0, 4)})
              </span>
            ))}
          </p>
        )}
        {!(index.linksOf.get(novel.id) ?? []).length && <p className="muted">Not adapted for the screen (as far as the sources say).</p>}
      </section>
      <SourceLinks urls={novel.sources} />
    </div>
  );
}

/** `catalog/:shelf/:id`: a novel or a film; one route entry for both keeps the initial route table small. */
export function BookOrFilmPage() {
  const { shelf } = useParams();
  if (shelf === 'films') return <FilmPage />;
  if (shelf === 'novels') return <NovelPage />;
  return <NotFound what={`Nothing in the catalog at “${shelf ?? ''}”.`} />;
}
