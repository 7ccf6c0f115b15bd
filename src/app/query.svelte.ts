// Async state for a panel that asks the engine a question: { current, loading, error } (as runed's
// `resource`). The question is asked again whenever what `key` reads changes; an answer to an
// older question is dropped, so answers arriving out of order never show a stale table. The last
// answer stays on screen while the next one loads; a failure is the panel's own, with a retry.

import { untrack } from 'svelte';
import { toErrorData, type EngineErrorData } from '../lib/engine/errors';

export interface Query<T> {
  /** The latest answer; undefined before the first one, or when there is nothing to ask. */
  readonly current: T | undefined;
  readonly loading: boolean;
  readonly error: EngineErrorData | null;
  /** Asks the last question again (after a failure). */
  retry(): void;
}

/** Keys are compared field by field: equal primitives, or the very same objects. */
function sameKey(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/**
 * `key` reads the state the question depends on and returns it, or null when there is nothing to
 * ask (the answer is then cleared); `load` asks it. Call during component initialisation: the
 * question follows the component's lifetime.
 */
export function query<K, T>(key: () => K | null, load: (key: K) => Promise<T>): Query<T> {
  let current = $state.raw<T | undefined>(undefined);
  let loading = $state(false);
  let error = $state.raw<EngineErrorData | null>(null);
  let asked = 0;
  let last: K | null = null;

  function ask(k: K | null): void {
    const mine = ++asked;
    last = k;
    error = null;
    if (k === null) {
      current = undefined;
      loading = false;
      return;
    }
    loading = true;
    load(k).then(
      (answer) => {
        if (mine !== asked) return;
        current = answer;
        loading = false;
      },
      (failure: unknown) => {
        if (mine !== asked) return;
        error = toErrorData(failure);
        loading = false;
      },
    );
  }

  $effect(() => {
    const k = key();
    // A key equal to the last one (same values, same objects) asks nothing new.
    if (last !== null && k !== null && sameKey(k, last)) return;
    untrack(() => ask(k));
  });

  return {
    get current() {
      return current;
    },
    get loading() {
      return loading;
    },
    get error() {
      return error;
    },
    retry: () => ask(last),
  };
}
