/** How long after the page's load event the work waits: the first screen's downloads and rendering come first. */
const DELAY_MS = 1500;

/**
 * Runs work that the first screen does not need (code that other tabs' writes or an undo will need) once the
 * page has loaded and settled, so its downloads do not compete with the first screen on a slow phone. At once
 * outside production builds, where tests wait for it.
 */
export function afterFirstScreen(work: () => void): void {
  if (!import.meta.env.PROD || typeof window === 'undefined') return work();
  const later = () => setTimeout(() => (window.requestIdleCallback ?? setTimeout)(() => work()), DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
