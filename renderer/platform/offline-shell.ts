/**
 * Web mode only: a service worker keeps the app's own files so that Fieldcase opens and
 * reloads with no network, like the desktop app does from its app:// files. Not used in
 * Electron (the files are local there) nor in development (Vite serves modules live).
 */
export function registerOfflineShell(): void {
  if (import.meta.env.DEV) return;
  if (!('serviceWorker' in navigator)) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
    console.warn('Fieldcase could not keep its files for offline use:', error);
  });
}
