// Presenter view: large type and high contrast for a projector (the `presenter` class on <html>,
// whose variables live in ui/theme.css), and chart text that grows with it. Kept in localStorage
// rather than the IndexedDB preferences so it applies before the first paint after a reload: the
// room never sees the page jump from small to large type.

import { followRootFontSize } from '../../ui/charts/chart-action';

const KEY = 'cvm-lab.presenter';

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

class Presenter {
  #on = $state(stored());

  constructor() {
    this.#apply();
  }

  get on(): boolean {
    return this.#on;
  }

  toggle(): void {
    this.#on = !this.#on;
    this.#apply();
    try {
      if (this.#on) localStorage.setItem(KEY, 'on');
      else localStorage.removeItem(KEY);
    } catch {
      // Not remembered: the view still changes in this tab.
    }
  }

  #apply(): void {
    if (typeof document === 'undefined') return;
    document.documentElement.classList.toggle('presenter', this.#on);
    followRootFontSize();
  }
}

export const presenter = new Presenter();
