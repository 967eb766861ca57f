import { useEffect } from 'react';
import { cleanName } from '../domain/plan/clean-name';

/** The tab title for a screen: names from links and files lose control and bidi-override characters. */
export function documentTitle(title: string): string {
  return `${cleanName(title) || 'Helix'} · Helix`;
}

/** Sets the tab title, so history entries and screen readers name the screen. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}
