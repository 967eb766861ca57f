import { useUpdateStore } from '../store/update-store';

/** How long after the page's load event the worker registers: the first screen's downloads come first. */
export const REGISTER_DELAY_MS = 2500;

/**
 * Registers the service worker a moment after the page has loaded, in its own chunk, so neither its code nor
 * its precaching competes with the first screen on a slow connection (the initial bundle stays small too).
 * A new deploy waits until the user chooses to reload (an "Update available" prompt), so no one loses a
 * half-finished edit to a surprise refresh.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const start = () =>
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const update = registerSW({
        onNeedRefresh: () => useUpdateStore.getState().offer(() => void update(true)),
        onOfflineReady: () => useUpdateStore.getState().markOfflineReady(),
      });
    });
  const later = () => setTimeout(() => (window.requestIdleCallback ?? setTimeout)(start), REGISTER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
