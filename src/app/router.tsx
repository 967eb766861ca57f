import { createHashRouter } from 'react-router-dom';
import { AppShell } from './AppShell';
import { RouteError } from '../ui/RouteError';
import { NotFound } from '../ui/NotFound';

/**
 * Hash routing so deep links survive reload on any static host (docs/decisions/001-hash-routing.md).
 * Every screen is its own lazy chunk: the initial bundle holds only the shell, the pack gate and the stores.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, lazy: () => import('../features/home/HomePage').then((m) => ({ Component: m.HomePage })) },
        { path: 'catalog', lazy: () => import('../features/catalog/CatalogPage').then((m) => ({ Component: m.CatalogPage })) },
        { path: 'catalog/shows/:showId', lazy: () => import('../features/catalog/ShowPage').then((m) => ({ Component: m.ShowPage })) },
        { path: 'catalog/novels/:novelId', lazy: () => import('../features/catalog/NovelPage').then((m) => ({ Component: m.NovelPage })) },
        { path: 'plan', lazy: () => import('../features/plan/PlanPage').then((m) => ({ Component: m.PlanPage })) },
        { path: 'plan/edit', lazy: () => import('../features/editor/EditorPage').then((m) => ({ Component: m.EditorPage })) },
        { path: 'plan/edit/:planId', lazy: () => import('../features/editor/EditorPage').then((m) => ({ Component: m.EditorPage })) },
        { path: 's/:code', lazy: () => import('../features/share-preview/SharePreviewPage').then((m) => ({ Component: m.SharePreviewPage })) },
        { path: 'settings', lazy: () => import('../features/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })) },
        { path: 'schedule', lazy: () => import('../features/schedule/SchedulePage').then((m) => ({ Component: m.SchedulePage })) },
        { path: 'helix', lazy: () => import('../features/helix/HelixPage').then((m) => ({ Component: m.HelixPage })) },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
