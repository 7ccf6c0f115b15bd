// Where the user is looking after the page changes under them.
//
// A new screen (results after Analyse, a snapshot or kept dataset opened, the mapping, the editor,
// back) replaces the element that had the keyboard focus, so the browser would drop focus to the
// body and keep the old scroll position: a phone lands in the middle of the new page and a screen
// reader says nothing. `screenHeading` on each screen's <h1> opens the page at its top and moves
// the focus to that heading instead. `revealed` keeps an alert (a refused file) in view.
import type { Action } from 'svelte/action';

/** The first screen of a visit keeps the browser's own focus and scroll (the page just loaded). */
let visitStarted = false;
/** The heading of the screen on view: where focus goes back to when what had it disappears. */
let current: HTMLElement | null = null;

/** For a control that removes itself (an alert's Dismiss): focus goes to the screen's heading, not the body. */
export function focusScreenHeading(): void {
  current?.focus({ preventScroll: true });
}

function arrive(heading: HTMLElement): void {
  window.scrollTo(0, 0);
  heading.focus({ preventScroll: true });
}

/**
 * On a screen's heading. `opened` names what the screen shows (for the results: which dataset or
 * snapshot); when it changes while the screen stays, the user opened something new and arrives
 * again. A re-score of the same data does not move them.
 */
export const screenHeading: Action<HTMLElement, unknown> = (heading, opened) => {
  heading.tabIndex = -1;
  current = heading;
  if (visitStarted) arrive(heading);
  visitStarted = true;
  return {
    update(next: unknown) {
      if (next !== opened) arrive(heading);
      opened = next;
    },
    destroy() {
      if (current === heading) current = null;
    },
  };
};

/**
 * On an alert that appears in answer to what the user did (a refused file): scrolled into view,
 * on a phone too, whenever `shown` (the error) changes. Its role=alert makes screen readers read it.
 */
export const revealed: Action<HTMLElement, unknown> = (node, shown) => {
  node.scrollIntoView({ block: 'nearest' });
  return {
    update(next: unknown) {
      if (next !== shown) node.scrollIntoView({ block: 'nearest' });
      shown = next;
    },
  };
};
