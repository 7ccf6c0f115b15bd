// Where the tour is: open or left, and at which step. One transition over the user's moves, so
// the component, the keyboard and the step list all move it the same way.

export interface TourPosition {
  readonly open: boolean;
  readonly index: number;
}

export type TourEvent =
  /** From the start page: the first step. */
  | { type: 'start' }
  /** The "Tour" button on the results: where the user left it. */
  | { type: 'resume' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'jump'; index: number }
  /** Left for now: the step is kept for a resume. */
  | { type: 'close' };

export const CLOSED_AT_START: TourPosition = { open: false, index: 0 };

const clamp = (index: number, count: number) => Math.min(Math.max(0, Math.trunc(index)), Math.max(0, count - 1));

export function transition(position: TourPosition, event: TourEvent, count: number): TourPosition {
  if (count <= 0) return CLOSED_AT_START;
  const index = clamp(position.index, count);
  switch (event.type) {
    case 'start':
      return { open: true, index: 0 };
    case 'resume':
      return { open: true, index };
    case 'next':
      // Next on the last step finishes the tour: the next resume begins again.
      return index + 1 >= count ? CLOSED_AT_START : { open: position.open, index: index + 1 };
    case 'back':
      return { open: position.open, index: Math.max(0, index - 1) };
    case 'jump':
      return { open: position.open, index: clamp(event.index, count) };
    case 'close':
      return { open: false, index };
  }
}

/**
 * The step to resume at from the id remembered (an id, not an index, so a tour with a step added
 * or removed resumes at the same place); an id the tour no longer has starts it over.
 */
export function resumeIndex(stored: unknown, ids: readonly string[]): number {
  const at = typeof stored === 'string' ? ids.indexOf(stored) : -1;
  return at < 0 ? 0 : at;
}
