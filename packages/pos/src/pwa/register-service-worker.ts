/**
 * Registers the service worker that keeps the app shell for offline starts. Needs a secure
 * context (HTTPS, or localhost): on plain HTTP the till still sells offline once open, but cannot
 * be reopened without the network.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((e: unknown) => {
      console.warn('The till could not install its offline copy:', e);
    });
  });
}
