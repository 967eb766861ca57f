import { Link } from 'react-router-dom';
import { paths } from '../app/paths';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFound({ what = 'This page does not exist.' }: { what?: string }) {
  useDocumentTitle('Not found');
  return (
    <div className="page">
      <h1>Not found</h1>
      <p>{what}</p>
      <p>
        <Link to={paths.home()}>Back to Home</Link> · <Link to={paths.catalog()}>Open the catalog</Link>
      </p>
    </div>
  );
}
