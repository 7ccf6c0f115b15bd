// The tour in this tab: open or left, at which step. The step is remembered across a reload
// (tour-storage.ts); moves go through lib/tour's one transition.

import { CLOSED_AT_START, resumeIndex, transition, type TourEvent, type TourPosition } from '../../lib/tour/position';
import { TOUR_STEPS } from '../../lib/tour/steps';
import { readTourStep, writeTourStep } from './tour-storage';

const IDS = TOUR_STEPS.map((s) => s.id);

class Tour {
  readonly steps = TOUR_STEPS;
  #position = $state.raw<TourPosition>({ open: false, index: resumeIndex(readTourStep(), IDS) });
  /**
   * The same position outside the rune: a component's teardown reads runes as they were before
   * the change that removed it, so a move made there must start from this one.
   */
  #now: TourPosition = this.#position;

  get open(): boolean {
    return this.#position.open;
  }
  get index(): number {
    return this.#position.index;
  }
  get step(): (typeof TOUR_STEPS)[number] {
    return this.steps[this.#position.index];
  }
  get count(): number {
    return this.steps.length;
  }
  /** Left part-way: the results' "Tour" button says it resumes there. */
  get paused(): boolean {
    return !this.#position.open && this.#position.index > 0;
  }

  send(event: TourEvent): void {
    const next = transition(this.#now, event, this.steps.length);
    this.#now = next;
    this.#position = next;
    writeTourStep(next === CLOSED_AT_START ? null : this.steps[next.index].id);
  }

  /** The results were left with the tour open: it is left too, at its step. */
  leave(): void {
    if (this.#now.open) this.send({ type: 'close' });
  }
}

export const tour = new Tour();
