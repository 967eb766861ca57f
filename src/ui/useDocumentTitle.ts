import { useEffect } from 'react';

/** Sets the tab title, so history entries and screen readers name the screen. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Helix`;
  }, [title]);
}
