import type { ComponentType } from 'react';
import { createHashRouter, Outlet, type RouteObject } from 'react-router-dom';
import { AppShell } from './AppShell';
import { PackGate } from './PackGate';
import { ShellSkeleton } from './shell-parts';
import { RouteError } from '../ui/RouteError';
import { NotFound } from '../ui/NotFound';
// Home is the usual landing screen: kept in the initial chunk so the first paint needs no second round trip.
import { HomePage } from '../features/home/HomePage';
import { homeLoader } from '../features/home/continue-card-loader';
import { savedStateRead } from '../store/persistence';

/**
 * One error boundary around the screens, inside the shell: a failing screen (or a screen whose code failed to
 * load after a deploy) shows its error under the header and navigation, and the other screens still work.
 */
export function withScreenBoundary(screens: RouteObject[]): RouteObject {
  return { errorElement: <RouteError />, children: screens };
}

/** A lazy screen that shows sources or notes: its chunk brings the details gate, and the screen waits for the details. */
const detailed = (load: () => Promise<ComponentType>) => () =>
  Promise.all([load(), import('./DetailsGate')]).then(([Screen, { withDetails }]) => ({ Component: withDetails(Screen) }));

/** The other screens render once the pack the address names is downloaded and valid. */
function PackGated() {
  return (
    <PackGate>
      <Outlet />
    </PackGate>
  );
}

/**
 * Hash routing so deep links survive reload on any static host (docs/decisions/001-hash-routing.md).
 * Every other screen is its own lazy chunk: the initial bundle holds the shell, the pack gate, the stores and Home.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      // While a first route loader runs, the shell's frame (as in index.html) stays on screen.
      HydrateFallback: ShellSkeleton,
      // No screen renders before the saved state is read (on a first visit there is nothing to read: at once), so
      // none shows an empty Helix to someone with plans. Once read, it stays read: never run again.
      loader: () => savedStateRead().then(() => null),
      shouldRevalidate: () => false,
      children: [
        withScreenBoundary([
          // Home paints at once (its counts are built in); its parts that need the pack wait for it themselves.
          { index: true, Component: HomePage, loader: homeLoader },
          // Universes are managed without one loaded: a universe that fails to load can still be replaced or removed.
          { path: 'packs', lazy: () => import('./packs-ui').then((m) => ({ Component: m.PacksPage })) },
          {
            element: <PackGated />,
            children: [
              { path: 'catalog', lazy: detailed(() => import('../features/catalog/CatalogPage').then((m) => m.CatalogPage)) },
              { path: 'catalog/shows/:showId', lazy: detailed(() => import('../features/catalog/ShowPage').then((m) => m.ShowPage)) },
              // Novels and films (catalog/novels/…, catalog/films/…) share one route and one lazy chunk.
              { path: 'catalog/:shelf/:id', lazy: detailed(() => import('../features/catalog/NovelPage').then((m) => m.BookOrFilmPage)) },
              { path: 'plan', lazy: () => import('../features/plan/PlanPage').then((m) => ({ Component: m.PlanPage })) },
              { path: 'plan/edit', lazy: () => import('../features/editor/EditorPage').then((m) => ({ Component: m.EditorPage })) },
              { path: 'plan/edit/:planId', lazy: () => import('../features/editor/EditorPage').then((m) => ({ Component: m.EditorPage })) },
              { path: 's/:code', lazy: () => import('../features/share-preview/SharePreviewPage').then((m) => ({ Component: m.SharePreviewPage })) },
              { path: 'settings', lazy: () => import('../features/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })) },
              { path: 'schedule', lazy: () => import('../features/schedule/SchedulePage').then((m) => ({ Component: m.SchedulePage })) },
              { path: 'helix', lazy: detailed(() => import('../features/helix/HelixPage').then((m) => m.HelixPage)) },
              { path: '*', element: <NotFound /> },
            ],
          },
        ]),
      ],
    },
  ]);
}
