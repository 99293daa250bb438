/// <reference lib="webworker" />
/**
 * Keeps the app's own files so web mode opens and reloads offline. The build prepends
 * PRECACHE (every file of this build) and CACHE_VERSION (a hash of that list); a new build
 * installs beside the old one and removes it once active. Only same-origin GETs are handled:
 * the sync server's API is never cached here, its data lives in the local database.
 */
// The worker's global scope, typed as a service worker's (the file is a module, so this shadows the lib's).
declare const self: ServiceWorkerGlobalScope;
declare const PRECACHE: string[];
declare const CACHE_VERSION: string;

const CACHE_NAME = `fieldcase-shell-${CACHE_VERSION}`;
const SHELL_URL = new URL('./index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, self.registration.scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('fieldcase-shell-') && n !== CACHE_NAME).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

/** Pages: the network first (a new build shows up), then the kept shell when offline. */
async function servePage(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    const cached = await caches.match(SHELL_URL, { cacheName: CACHE_NAME });
    return cached ?? Response.error();
  }
}

/** Built files are content-hashed and never change: the kept copy first. */
async function serveFile(request: Request): Promise<Response> {
  // ignoreVary: servers add `Vary: Origin`, and a module script's request carries an Origin the
  // precache request did not, so a strict match would miss the kept copy.
  const cached = await caches.match(request, { cacheName: CACHE_NAME, ignoreVary: true });
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? servePage(request) : serveFile(request));
});

export {};
