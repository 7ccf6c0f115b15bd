// The name of the file a screen's figures come from, for their downloads' names: set once by the
// screen that knows it (the results page), read by every Figure below it.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('figure-source');

export function provideFigureSource(name: () => string): void {
  setContext(KEY, name);
}

export function figureSource(): string {
  return getContext<(() => string) | undefined>(KEY)?.() ?? '';
}
