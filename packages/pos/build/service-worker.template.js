/*
 * Till's service worker: keeps the app shell (HTML, scripts, styles, icons) so that after one
 * online start the till opens and sells with the network cut. The API is never cached: orders go
 * through IndexedDB and the outbox. Generated at build time: ASSETS and VERSION are filled in.
 */
const ASSETS = /*ASSETS*/ [];
const VERSION = /*VERSION*/ 'dev';
const CACHE = `till-shell-${VERSION}`;
const NAVIGATION_TIMEOUT_MS = 4000;

const scope = new URL(self.registration.scope);
const shellUrl = new URL('./', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([shellUrl, ...ASSETS.map((a) => new URL(a, scope).href)]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('till-shell-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

/** The page: fresh from the server when it answers in time, else the cached shell. */
async function navigation(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
    if (response.ok) await cache.put(shellUrl, response.clone());
    return response;
  } catch {
    const cached = await cache.match(shellUrl, { ignoreVary: true });
    return (
      cached ??
      new Response('The till is offline and was never opened on this device.', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      })
    );
  }
}

/** Hashed assets never change: the cache answers, the network fills it. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: a module script asks with an Origin header the precache request did not have.
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}
