// A part of the page fetched the first time it is shown (a dynamic import), so the first screen
// does not wait for code it does not draw. Once loaded it is kept: showing it again renders at
// once, with no loading state in between.
import type { EngineErrorData } from '../lib/engine/errors';

/** What the page says when a screen's code did not arrive. */
export const SCREEN_UNAVAILABLE: EngineErrorData = { code: 'screen_unavailable', details: {}, message: 'A screen could not be loaded' };

export interface Lazy<T> {
  /** The module's default export, or null while it is still on its way (asking starts the fetch). */
  readonly current: T | null;
  /** The last fetch failed (a flaky network before the precache holds it); `retry` asks again. */
  readonly failed: boolean;
  /** Starts the fetch without showing anything, for what the user will likely open next. */
  preload(): void;
  retry(): void;
}

export function lazy<T>(load: () => Promise<{ default: T }>): Lazy<T> {
  let current = $state.raw<T | null>(null);
  let failed = $state(false);
  let started = false;
  function preload() {
    if (started) return;
    started = true;
    load().then(
      (module) => {
        current = module.default;
        failed = false;
      },
      () => {
        started = false;
        failed = true;
      },
    );
  }
  return {
    get current() {
      // A failed fetch is not repeated by every render; the user asks for it again.
      if (!failed) preload();
      return current;
    },
    get failed() {
      return failed;
    },
    preload,
    retry() {
      failed = false;
      preload();
    },
  };
}
