import { Link as RouterLink } from 'react-router-dom';
import { nameOf } from '../../domain/pack/labels';
import { comparePartialDates } from '../../domain/pack/partial-date';
import { usePackIndex } from '../../data/franchise-store';
import { paths } from '../../app/paths';
import { formatPartialDate } from '../../ui/format';

/** The novels (and short fiction) in publication order, with their series and the seasons that draw on them. */
export function NovelTable() {
  const index = usePackIndex();
  const novels = [...index.pack.novels].sort((a, b) => comparePartialDates(a.published, b.published));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Novels in publication order</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Published</th>
            <th scope="col">Series</th>
            <th scope="col" className="num">
              Pages
            </th>
            <th scope="col">On screen</th>
          </tr>
        </thead>
        <tbody>
          {novels.map((novel) => {
            const seasons = [
              ...new Set((index.linksOf.get(novel.id) ?? []).filter((l) => l.type === 'adapts' && l.from === novel.id).map((l) => l.to)),
            ];
            return (
              <tr key={novel.id}>
                <th scope="row">
                  <RouterLink to={paths.novel(novel.id)}>{novel.title}</RouterLink>
                  {novel.format && novel.format !== 'novel' && <span className="muted"> ({novel.format === 'story' ? 'short story' : 'stories'})</span>}
                </th>
                <td>{formatPartialDate(novel.published)}</td>
                <td>{novel.series.map((id) => index.series.get(id)?.title ?? id).join(', ')}</td>
                <td className="num">{novel.pages ?? '—'}</td>
                <td>{seasons.length > 0 ? seasons.map((id) => nameOf(index, id)).join(', ') : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
