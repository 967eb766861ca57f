import type { MouseEvent } from 'react';
import { paths } from './paths';

/**
 * The main destinations, in header order, each with a 24-unit stroke icon (shown in the phone's bottom tab
 * bar). index.html repeats them as static markup for the first paint.
 */
export const NAV = [
  { to: paths.home(), label: 'Home', end: true, icon: 'M3 11l9-8 9 8M5 9.5V20h5v-6h4v6h5V9.5' },
  { to: paths.plan(), label: 'Plan', end: false, icon: 'M10 6h10M10 12h10M10 18h10M3.5 6l1.5 1.5L8 4.5M3.5 12l1.5 1.5 3-3M3.5 18l1.5 1.5 3-3' },
  { to: paths.schedule(), label: 'Schedule', end: false, icon: 'M4 5h16v15H4zM4 10h16M8 3v4M16 3v4' },
  { to: paths.helix(), label: 'Helix', end: false, icon: 'M8 3c0 5 8 5 8 9s-8 4-8 9M16 3c0 5-8 5-8 9s8 4 8 9' },
  { to: paths.catalog(), label: 'Catalog', end: false, icon: 'M4 4h5v16H4zM9 4h5v16H9zM14.5 5l4.5-1 2.5 15.5-4.5 1z' },
  { to: paths.settings(), label: 'Settings', end: false, icon: 'M4 7h9M17 7h3M4 17h3M11 17h9M15 4.5v5M9 14.5v5' },
] as const;

/** A destination's icon: decorative, the link's text names it. */
export function NavIcon({ d }: { d: string }) {
  return (
    <svg className="nav__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

export function HelixMark() {
  return (
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <path d="M9 3c0 8 14 10 14 18s-14 5-14 8" fill="none" stroke="var(--thread-a)" strokeWidth="3" strokeLinecap="round" />
      <path d="M23 3c0 8-14 10-14 18s14 5 14 8" fill="none" stroke="var(--thread-b)" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

/** With hash routing, "#main" would be read as a route: move focus to the content instead. */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      Skip to content
    </a>
  );
}

/**
 * What shows while the first route loader runs: the same header as index.html's static markup and the
 * real shell, so the first paint, this and the app line up with no flash and no layout shift.
 */
export function ShellSkeleton() {
  return (
    <div className="shell">
      <header className="shell__header">
        <a href={`#${paths.home()}`} className="brand" aria-label="Helix home">
          <HelixMark />
          <span>Helix</span>
        </a>
        <nav aria-label="Main">
          <ul className="nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <a href={`#${item.to}`}>
                  <NavIcon d={item.icon} />
                  <span>{item.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="shell__main" tabIndex={-1} aria-busy="true" />
    </div>
  );
}
