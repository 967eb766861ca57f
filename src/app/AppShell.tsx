import { lazy, Suspense } from 'react';
import { NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { useFranchiseStore } from '../data/franchise-store';
import { DEFAULT_PACK_ID, packParam } from '../data/pack-registry';
import { PackGate } from './PackGate';
import { paths, setLinkPack } from './paths';
import { HelixMark, navItems, SkipLink } from './shell-parts';
import { useStorageHealth } from '../store/storage-health';
import { UndoToast } from '../ui/UndoToast';
import { UpdatePrompt } from '../ui/UpdatePrompt';

// The universe picker lists added packs from IndexedDB: its own chunk, after the first paint.
const PackPicker = lazy(() => import('./packs-ui').then((m) => ({ default: m.PackPicker })));

// Storage problems are rare: their notices (long texts, download and restore actions) load only when there is one.
const StorageNotices = lazy(() => import('../ui/StorageNotices').then((m) => ({ default: m.StorageNotices })));

function StorageNoticesWhenNeeded() {
  const any = useStorageHealth((s) => s.problems.length > 0);
  return any ? (
    <Suspense fallback={null}>
      <StorageNotices />
    </Suspense>
  ) : null;
}

/** Header, navigation and footer shared by every screen. On phones the navigation is a bottom tab bar (CSS). */
export function AppShell() {
  const { pathname } = useLocation();
  const packId = useRequestedPack();
  // Before anything below renders: every in-app link keeps this pack (paths.ts).
  setLinkPack(packParam(packId));
  return (
    <div className="shell">
      <SkipLink />
      <header className="shell__header">
        <NavLink to={paths.home()} className="brand" aria-label="Helix home">
          <HelixMark />
          <span>Helix</span>
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav">
            {navItems().map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <Suspense fallback={null}>
          <PackPicker packId={packId} />
        </Suspense>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <UpdatePrompt />
        <StorageNoticesWhenNeeded />
        {/* The shell renders at once; only the screen waits for the pack, so nothing shifts when it arrives. */}
        {/* Packs are managed without one loaded: a universe that fails to load can still be replaced or removed. */}
        {pathname === '/packs' ? (
          <Outlet />
        ) : (
          <PackGate key={packId} packId={packId}>
            <Outlet />
          </PackGate>
        )}
      </main>
      <UndoToast />
      {/* New screens start at the top (or at their #anchor, e.g. a season); Back returns to where you were. */}
      <ScrollRestoration />
      <Footer />
    </div>
  );
}

function Footer() {
  const state = useFranchiseStore((s) => s.state);
  return (
    <footer className="shell__footer">
      <p>Helix — a watch-and-read planner made by fans.{state.status === 'ready' ? ` ${state.index.manifest.credits}` : ''}</p>
      {state.status === 'ready' && (
        <p>
          Data: {state.pack.title}, version {state.pack.dataVersion} · {state.pack.sources.length} sources cited (see each
          record in the <NavLink to={paths.catalog()}>catalog</NavLink>)
        </p>
      )}
    </footer>
  );
}

/** The pack the address names (`?pack=<id>`), or the default pack when it names none. */
function useRequestedPack(): string {
  const { search } = useLocation();
  return new URLSearchParams(search).get('pack') ?? DEFAULT_PACK_ID;
}
