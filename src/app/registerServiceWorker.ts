import { useUpdateStore } from '../store/update-store';

/**
 * Registers the service worker after the first render, in its own chunk, so the initial bundle stays small.
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
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
