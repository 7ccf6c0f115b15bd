// The first visit downloads the offline copy of the app (about 40 MB, mostly the DuckDB engine)
// while the service worker installs. This follows that download by reading the worker's
// precache every half second, so the page can say how far it got and when the app works offline.
// A page that a service worker already controls has its copy: nothing to show. (A new version
// installing then is the update prompt's business.)
import { OFFLINE_MANIFEST_FILE, precacheProgress, type PrecacheFile } from '../../lib/pwa/precache-progress';

export type OfflineState = 'idle' | 'preparing' | 'ready' | 'failed';

type OfflineEvent =
  | { type: 'installing'; bytesTotal: number }
  | { type: 'progress'; bytesDone: number }
  | { type: 'installed' }
  | { type: 'failed' }
  | { type: 'hide' };

const POLL_MS = 500;
/** The registration appears once registerSW (app-update) has run; give up if it never does. */
const REGISTRATION_WAIT_MS = 30_000;
/** "Ready to work offline" is news for a moment, not a fixture of the page. */
const READY_SHOWN_MS = 4_000;

class OfflineReady {
  #state = $state<OfflineState>('idle');
  #bytesDone = $state(0);
  #bytesTotal = $state(0);

  get state(): OfflineState {
    return this.#state;
  }
  get bytesDone(): number {
    return this.#bytesDone;
  }
  get bytesTotal(): number {
    return this.#bytesTotal;
  }

  transition(event: OfflineEvent): void {
    switch (event.type) {
      case 'installing':
        this.#state = 'preparing';
        this.#bytesTotal = event.bytesTotal;
        break;
      case 'progress':
        // The worker may finish between two readings of the cache: never go back from ready.
        if (this.#state === 'preparing') this.#bytesDone = Math.max(this.#bytesDone, event.bytesDone);
        break;
      case 'installed':
        if (this.#state !== 'preparing') return;
        this.#state = 'ready';
        this.#bytesDone = this.#bytesTotal;
        setTimeout(() => this.transition({ type: 'hide' }), READY_SHOWN_MS);
        break;
      case 'failed':
        if (this.#state === 'preparing') this.#state = 'failed';
        break;
      case 'hide':
        if (this.#state === 'ready') this.#state = 'idle';
        break;
    }
  }

  /** Call once at start-up; it finds the registration app-update makes and does not register one itself. */
  async start(): Promise<void> {
    if (!('serviceWorker' in navigator) || typeof caches === 'undefined') return;
    if (navigator.serviceWorker.controller) return;
    const worker = await installingWorker();
    // No worker installing: none registered (a development server), or the copy was made on an
    // earlier visit and this page was opened past the worker (a hard reload).
    if (!worker) return;
    const files = await fetchPrecacheList();
    // Without the build's list the sizes are unknown; a bar without numbers would only guess.
    if (!files) return;

    const base = document.baseURI;
    this.transition({ type: 'installing', bytesTotal: precacheProgress(files, [], base).bytesTotal });
    const timer = setInterval(() => {
      void cachedUrls()
        .then((urls) => this.transition({ type: 'progress', bytesDone: precacheProgress(files, urls, base).bytesDone }))
        .catch(() => undefined);
    }, POLL_MS);
    const settle = () => {
      // 'installed' means every precached file is in the cache: Workbox fails the install otherwise.
      if (worker.state === 'redundant') this.transition({ type: 'failed' });
      else if (worker.state !== 'installing') this.transition({ type: 'installed' });
      else return;
      clearInterval(timer);
      worker.removeEventListener('statechange', settle);
    };
    worker.addEventListener('statechange', settle);
    settle();
  }
}

async function installingWorker(): Promise<ServiceWorker | null> {
  const deadline = Date.now() + REGISTRATION_WAIT_MS;
  while (Date.now() < deadline) {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.active) return null;
    const worker = registration?.installing ?? registration?.waiting;
    if (worker) return worker;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

async function fetchPrecacheList(): Promise<PrecacheFile[] | null> {
  try {
    const response = await fetch(new URL(OFFLINE_MANIFEST_FILE, document.baseURI), { cache: 'no-store' });
    return response.ok ? ((await response.json()) as PrecacheFile[]) : null;
  } catch {
    return null;
  }
}

async function cachedUrls(): Promise<string[]> {
  // Workbox names its cache workbox-precache-v2-<scope>; opening only existing names creates none.
  const names = (await caches.keys()).filter((name) => name.includes('precache'));
  const urls: string[] = [];
  for (const name of names) {
    const requests = await (await caches.open(name)).keys();
    urls.push(...requests.map((request) => request.url));
  }
  return urls;
}

export const offlineReady = new OfflineReady();
