// A part of the page fetched the first time it is shown (a dynamic import), so the first screen
// does not wait for code it does not draw. Once loaded it is kept: showing it again renders at
// once, with no loading state in between.

export interface Lazy<T> {
  /** The module's default export, or null while it is still on its way (asking starts the fetch). */
  readonly current: T | null;
  /** Starts the fetch without showing anything, for what the user will likely open next. */
  preload(): void;
}

export function lazy<T>(load: () => Promise<{ default: T }>): Lazy<T> {
  let current = $state.raw<T | null>(null);
  let started = false;
  function preload() {
    if (started) return;
    started = true;
    load().then(
      (module) => (current = module.default),
      // A failed fetch (a flaky network before the precache holds it) is tried again the next
      // time the part is asked for.
      () => (started = false),
    );
  }
  return {
    get current() {
      preload();
      return current;
    },
    preload,
  };
}
