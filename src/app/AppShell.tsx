import { NavLink, Outlet, ScrollRestoration } from 'react-router-dom';
import { useFranchiseStore } from '../data/franchise-store';
import { PackLoader } from './PackGate';
import { paths } from './paths';
import { HelixMark, NAV, SkipLink } from './shell-parts';
import { lazy, Suspense } from 'react';
import { UndoToast } from '../ui/UndoToast';
import { useStorageHealth } from '../store/storage-health';
import { useUpdateStore } from '../store/update-store';

// Rarely shown, so loaded only when there is something to say (and cached for offline use by the service worker).
const UpdatePrompt = lazy(() => import('../ui/UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));
const StorageNotices = lazy(() => import('../ui/StorageNotices').then((m) => ({ default: m.StorageNotices })));

/** Header, navigation and footer shared by every screen. On phones the navigation is a bottom tab bar (CSS). */
export function AppShell() {
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
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Notices />
        {/* The shell renders at once; the screens that need the pack wait for it (router.tsx), Home does not. */}
        <PackLoader />
        <Outlet />
      </main>
      <UndoToast />
      {/* New screens start at the top (or at their #anchor, e.g. a season); Back returns to where you were. */}
      <ScrollRestoration />
      <Footer />
    </div>
  );
}

/** The update prompt and storage notices, when there are any. */
function Notices() {
  const update = useUpdateStore((s) => s.reload !== null || s.offlineReady);
  const storage = useStorageHealth((s) => s.problems.length > 0);
  return (
    <Suspense fallback={null}>
      {update && <UpdatePrompt />}
      {storage && <StorageNotices />}
    </Suspense>
  );
}

function Footer() {
  const state = useFranchiseStore((s) => s.state);
  return (
    <footer className="shell__footer">
      <p>
        Helix — a watch-and-read planner made by fans. Not affiliated with Michael Connelly, Amazon or Netflix.
      </p>
      {state.status === 'ready' && (
        <p>
          Data: {state.pack.title}, version {state.pack.dataVersion} · every record cites its sources (see the{' '}
          <NavLink to={paths.catalog()}>catalog</NavLink>)
        </p>
      )}
    </footer>
  );
}
