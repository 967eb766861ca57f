import { lazy, Suspense } from 'react';
import { NavLink, Outlet, ScrollRestoration } from 'react-router-dom';
import { useFranchiseStore } from '../data/franchise-store';
import { packParam } from '../data/pack-registry';
import { setActivePackId } from '../store/active-pack';
import { PackLoader, usePackReady } from './PackGate';
import { paths, setLinkPack } from './paths';
import { useRequestedPack } from './requested-pack';
import { HelixMark, navItems, SkipLink } from './shell-parts';
import { UndoToast } from '../ui/UndoToast';
import { useStorageHealth } from '../store/storage-health';
import { useUpdateStore } from '../store/update-store';
import { useAfterFirstPaint } from '../ui/useAfterFirstPaint';

// The universe picker lists added packs from IndexedDB: its own chunk, after the first paint.
const PackPicker = lazy(() => import('./packs-ui').then((m) => ({ default: m.PackPicker })));

// Rarely shown, so loaded only when there is something to say (and cached for offline use by the service worker).
const UpdatePrompt = lazy(() => import('../ui/UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));
const StorageNotices = lazy(() => import('../ui/StorageNotices').then((m) => ({ default: m.StorageNotices })));

/** Header, navigation and footer shared by every screen. On phones the navigation is a bottom tab bar (CSS). */
export function AppShell() {
  const packId = useRequestedPack();
  // Before anything below renders: every in-app link keeps this pack (paths.ts), and plans and progress are
  // read and written for it (Home renders before the pack is in; the pack gate sets it again for its screens).
  setLinkPack(packParam(packId));
  setActivePackId(packId);
  const afterPaint = useAfterFirstPaint();
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
        {afterPaint && (
          <Suspense fallback={null}>
            <PackPicker packId={packId} />
          </Suspense>
        )}
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
  const franchise = useFranchiseStore((s) => s.state);
  // The pack the address names, not the one before it while switching universe.
  const state = usePackReady() ? franchise : null;
  return (
    <footer className="shell__footer">
      <p>Helix — a watch-and-read planner made by fans.{state?.status === 'ready' ? ` ${state.index.manifest.credits}` : ''}</p>
      {state?.status === 'ready' && (
        <p>
          Data: {state.pack.title}, version {state.pack.dataVersion} · every record cites its sources (see the{' '}
          <NavLink to={paths.catalog()}>catalog</NavLink>)
        </p>
      )}
    </footer>
  );
}
