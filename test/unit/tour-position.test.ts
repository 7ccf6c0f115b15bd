import { describe, expect, it } from 'vitest';
import { CLOSED_AT_START, resumeIndex, transition, type TourPosition } from '../../src/lib/tour/position.ts';

const at = (index: number, open = true): TourPosition => ({ open, index });

describe('moving through the tour', () => {
  it('starts at the first step from anywhere', () => {
    expect(transition(at(7, false), { type: 'start' }, 12)).toEqual(at(0));
  });

  it('goes on and back one step, never before the first', () => {
    expect(transition(at(2), { type: 'next' }, 12)).toEqual(at(3));
    expect(transition(at(2), { type: 'back' }, 12)).toEqual(at(1));
    expect(transition(at(0), { type: 'back' }, 12)).toEqual(at(0));
  });

  it('finishes on Next at the last step, so the next resume starts over', () => {
    expect(transition(at(11), { type: 'next' }, 12)).toBe(CLOSED_AT_START);
  });

  it('jumps to any step, a step out of range to the nearest end', () => {
    expect(transition(at(0), { type: 'jump', index: 8 }, 12)).toEqual(at(8));
    expect(transition(at(3), { type: 'jump', index: 40 }, 12)).toEqual(at(11));
    expect(transition(at(3), { type: 'jump', index: -2 }, 12)).toEqual(at(0));
  });

  it('is left at a step and resumed there', () => {
    const left = transition(at(5), { type: 'close' }, 12);
    expect(left).toEqual(at(5, false));
    expect(transition(left, { type: 'resume' }, 12)).toEqual(at(5));
  });

  it('resumes within a tour that has become shorter', () => {
    expect(transition(at(11, false), { type: 'resume' }, 4)).toEqual(at(3));
  });
});

describe('the step remembered across a reload', () => {
  const ids = ['totals', 'scores', 'value'];
  it('is found by its id', () => {
    expect(resumeIndex('value', ids)).toBe(2);
  });
  it('starts over when the id is unknown, missing or not a string', () => {
    expect(resumeIndex('gone', ids)).toBe(0);
    expect(resumeIndex(null, ids)).toBe(0);
    expect(resumeIndex(3, ids)).toBe(0);
  });
});
