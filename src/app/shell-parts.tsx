import type { MouseEvent } from 'react';
import { paths } from './paths';

/**
 * The main destinations, in header order. index.html repeats them as static markup for the first paint. On
 * phones each gets an icon in the bottom tab bar, drawn by CSS from its href (styles.css), so none of it is script.
 */
export const navItems = () =>
  [
    { to: paths.home(), label: 'Home', end: true },
    { to: paths.plan(), label: 'Plan', end: false },
    { to: paths.schedule(), label: 'Schedule', end: false },
    { to: paths.helix(), label: 'Helix', end: false },
    { to: paths.catalog(), label: 'Catalog', end: false },
    { to: paths.settings(), label: 'Settings', end: false },
  ] as const;

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
            {navItems().map((item) => (
              <li key={item.to}>
                <a href={`#${item.to}`}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="shell__main" tabIndex={-1} aria-busy="true" />
    </div>
  );
}
