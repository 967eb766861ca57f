import { createHashRouter } from 'react-router-dom';
import { AppShell } from './AppShell';
import { PackGate } from './PackGate';
import { RouteError } from '../ui/RouteError';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { ShowPage } from '../features/catalog/ShowPage';
import { NovelPage } from '../features/catalog/NovelPage';
import { HomePage } from '../features/home/HomePage';
import { NotFound } from '../ui/NotFound';

/** Hash routing so deep links survive reload on any static host (docs/decisions/001-hash-routing.md). */
export function createAppRouter() {
  return createHashRouter([
    {
      element: (
        <PackGate>
          <AppShell />
        </PackGate>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'catalog', element: <CatalogPage /> },
        { path: 'catalog/shows/:showId', element: <ShowPage /> },
        { path: 'catalog/novels/:novelId', element: <NovelPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
