import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { usePackIndex } from '../../data/franchise-store';
import { plural } from '../../ui/format';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

export function HomePage() {
  const index = usePackIndex();
  useDocumentTitle('Home');
  return (
    <div className="page">
      <h1>Watch and read the Connelly universe in the right order</h1>
      <p className="lede">
        Helix braids {plural(index.pack.shows.length, 'TV series', 'TV series')} ({plural(index.episodes.size, 'episode')}) and{' '}
        {plural(index.pack.novels.length, 'novel')} into one order: <em>Bosch</em>, <em>Bosch: Legacy</em>, <em>Ballard</em>,{' '}
        <em>The Lincoln Lawyer</em> and the books they come from.
      </p>
      <p>
        <Link className="button button--primary" to={paths.catalog()}>
          Browse the catalog
        </Link>
      </p>
    </div>
  );
}
