import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { comingNext } from '../../domain/pack/coming-next';
import { usePackIndex } from '../../data/franchise-store';
import { todayDate } from '../../store/plan-actions';
import { ComingNextList, NEW_SEASON_NOTE } from '../../ui/ComingNextList';

/** Home's "Coming next": announced seasons, the prequel and upcoming novels, relative to today. Lazy-loaded. */
export function ComingNextCard() {
  const index = usePackIndex();
  const items = comingNext(index.pack, todayDate());
  return (
    <section className="card coming-next" aria-labelledby="coming-next-heading">
      <h2 id="coming-next-heading" className="card__title">
        Coming next
      </h2>
      <ComingNextList items={items.slice(0, 4)} />
      <p className="card__meta">{NEW_SEASON_NOTE}</p>
      <p className="card__meta">
        <Link to={`${paths.catalog()}#coming-next`}>Dates and sources in the catalog</Link>
      </p>
    </section>
  );
}
