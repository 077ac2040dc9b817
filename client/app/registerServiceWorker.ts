/** How long the page must go without a long task before the service worker is installed. */
const QUIET_MS = 2_000;
/** At the latest, after the page has loaded. */
const LATEST_MS = 30_000;

/**
 * Registers the service worker (vite.config.ts) once the page has settled. Installing it
 * fetches the whole app shell into the browser's cache, several megabytes (the layout engine,
 * the PDF export), and a first visit that did so while its map opened gave that work a core
 * and the network the opening needed. So the worker waits for a stretch of QUIET_MS without a
 * long task on the page (at most LATEST_MS after the page loaded; where the browser does not
 * report long tasks, QUIET_MS after it loaded). A page the worker already controls is served
 * from its cache either way.
 */
export function registerServiceWorkerWhenSettled(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    clearTimeout(quiet);
    clearTimeout(latest);
    observer?.disconnect();
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      console.warn('The app could not be kept for offline use:', error);
    });
  };
  let quiet = 0;
  let latest = 0;
  let observer: PerformanceObserver | undefined;
  const waitForQuiet = () => {
    clearTimeout(quiet);
    quiet = window.setTimeout(register, QUIET_MS);
  };
  const start = () => {
    latest = window.setTimeout(register, LATEST_MS);
    if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
      observer = new PerformanceObserver(waitForQuiet);
      observer.observe({ type: 'longtask' });
    }
    waitForQuiet();
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
